package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Stories and names on the page, in headless Chromium: "also in" under a hit, every version on
 * request, the other versions and related articles in the article view, a name's variant marked.
 */
class StoriesAndNamesPageBrowserTest {

  @TempDir static Path dir;

  private static BrowserFixture fixture;
  private static ChromiumPage page;

  @BeforeAll
  static void startServerAndBrowser() throws IOException, URISyntaxException {
    fixture = BrowserFixture.start("/stories/stories.jsonl", dir);
    page = fixture.page;
  }

  @AfterAll
  static void stop() throws IOException {
    if (fixture != null) {
      fixture.close();
    }
  }

  @AfterEach
  void nothingWasRefusedByTheContentSecurityPolicy() {
    fixture.assertNothingRefusedByTheContentSecurityPolicy();
  }

  @Test
  void aStoryShowsOnceWithAlsoInAndEveryVersionOnRequest() {
    page.open("/?q=tram&sort=oldest");
    assertEquals("2 results for “tram”", page.text("#summary"));
    assertEquals(
        "Also in: Daily Courier, 4 Mar 2025 · Evening Post, 5 Mar 2025 · Compare versions",
        page.text(".hit .also-in"));
    assertEquals(1, page.all(".also-in").size());
    page.screenshot("news-also-in");

    page.find("#every-version").click();
    page.waitForPath("/?q=tram&sort=oldest&dedupe=false");
    assertEquals("4 results for “tram”", page.text("#summary"));
    assertTrue(page.all(".also-in").isEmpty());
    assertTrue(page.find("#every-version").isSelected());
  }

  @Test
  void anAlsoInLinkOpensThatVersionWhichListsTheOthersAndRelatedStories() {
    page.open("/?q=tram&sort=oldest");
    page.find(".also-in a").click();
    page.waitForUrlContaining("article=tram-b");
    assertEquals("City backs tram line to the university", page.text("#article-title"));
    String versions = page.text(".versions");
    assertTrue(versions.contains("Reuters, 4 Mar 2025"), versions);
    assertTrue(versions.contains("Evening Post, 5 Mar 2025"), versions);
    String related =
        page.waitForText("#related li a", "Surveyors measure the old town for the tram");
    assertEquals("Surveyors measure the old town for the tram", related);
    for (WebElement link : page.all("#related li a")) {
      assertFalse(link.getText().contains("Tram line approved"), link.getText());
    }
    page.screenshot("news-article-versions-related");

    page.find(".versions a").click();
    page.waitForUrlContaining("article=tram-a");
    assertEquals("Council approves tram line through the old town", page.text("#article-title"));
  }

  @Test
  void aNameSearchMarksTheSpellingEachArticleUses() {
    page.open("/?q=Yanukovych&dedupe=false");
    assertEquals("2 results for “Yanukovych”", page.text("#summary"));
    assertEquals("Yanukovych", page.text(".hit:nth-child(1) .snippet mark"));
    assertEquals("Yanukovich", page.text(".hit:nth-child(2) .snippet mark"));
    page.find(".hit:nth-child(2) .hit-title a").click();
    page.waitForUrlContaining("article=ukr-2");
    assertEquals(
        "Yanukovich",
        page.driver.findElements(By.cssSelector(".article-body mark")).get(0).getText());
  }
}
