package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The story view in headless Chromium: opened from a hit's "also in" line, every version in time
 * order with the first seen in the archive said so, and each version's changes marked.
 */
class StoryViewPageBrowserTest {

  @TempDir static Path dir;

  private static BrowserFixture fixture;
  private static ChromiumPage page;

  @BeforeAll
  static void startServerAndBrowser() throws IOException, URISyntaxException {
    fixture = BrowserFixture.start("/storyview/versions.jsonl", dir);
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
  void theAlsoInLineOpensTheStoryViewWithEachVersionsChangesMarked() {
    page.open("/?q=Kessel");
    assertEquals("1 result for “Kessel”", page.text("#summary"));
    page.find(".also-in .story-link").click();
    page.waitForUrlContaining("story=");
    assertEquals("One story, 4 versions from 4 outlets", page.text("#story-title"));
    assertTrue(
        page.text(".story-first").startsWith("First seen in the archive: Wire Service, 1 May 2025"),
        page.text(".story-first"));

    List<WebElement> versions = page.all(".story-version");
    assertEquals(4, versions.size());
    assertEquals(
        List.of("Water released from Kessel reservoir", "Spillway stays open at Kessel dam"),
        List.of(title(versions.get(0)), title(versions.get(1))));
    assertEquals("First seen in the archive", inside(versions.get(0), ".first-seen"));
    assertTrue(versions.get(0).findElements(By.cssSelector(".change")).isEmpty());

    WebElement herald = versions.get(1);
    assertTrue(inside(herald, ".change.changed del").contains("would stay open"));
    assertTrue(inside(herald, ".change.changed ins").contains("would remain open"));
    assertTrue(inside(herald, ".change.added ins").startsWith("In Lindau the town hall"));
    WebElement courier = versions.get(2);
    assertTrue(
        inside(courier, ".change.removed del").startsWith("A spokeswoman for the authority"));
    assertEquals("line-through", css(courier, ".change.removed del", "text-decoration-line"));
    assertTrue(versions.get(3).getText().contains("No date"), versions.get(3).getText());
    page.screenshot("news-story-view");

    herald.findElement(By.cssSelector(".version-title a")).click();
    page.waitForUrlContaining("article=dam-1");
    assertEquals("Spillway stays open at Kessel dam", page.text("#article-title"));
  }

  @Test
  void theStoryViewLinksBackToItsResultsAndAnUnknownStorySaysSo() {
    page.open("/?q=Kessel&story=dam-4");
    assertEquals("One story, 4 versions from 4 outlets", page.text("#story-title"));
    page.find("#story-back-link").click();
    page.waitForPath("/?q=Kessel");
    assertEquals("1 result for “Kessel”", page.text("#summary"));

    page.open("/?story=nope");
    assertEquals("Story not found", page.text("#story-title"));
  }

  private static String title(WebElement version) {
    return inside(version, ".version-title");
  }

  private static String inside(WebElement parent, String css) {
    return parent.findElement(By.cssSelector(css)).getText();
  }

  private static String css(WebElement parent, String selector, String property) {
    return parent.findElement(By.cssSelector(selector)).getCssValue(property);
  }
}
