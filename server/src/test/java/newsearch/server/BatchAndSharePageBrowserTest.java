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

/** The batch view, the share toggle and the feed link, in headless Chromium on a real server. */
class BatchAndSharePageBrowserTest {

  @TempDir static Path dir;

  private static BrowserFixture fixture;
  private static ChromiumPage page;

  @BeforeAll
  static void startServerAndBrowser() throws IOException, URISyntaxException {
    fixture = BrowserFixture.start("/web/articles.jsonl", dir);
    page = fixture.page;
  }

  @AfterAll
  static void stop() throws IOException {
    if (fixture != null) {
      fixture.close();
    }
  }

  @AfterEach
  void nothingRefused() {
    fixture.assertNothingRefusedByTheContentSecurityPolicy();
  }

  @Test
  void aPastedListIsCountedRowByRowSortedComparedAndOpened() {
    page.open("/?view=batch");
    assertEquals("Batch search", page.text("#batch-title"));
    page.find("#batch-list").sendKeys("Dover\nharbour\n\"local election\"\nheadline:(broken");
    page.find("#batch-run").click();
    page.waitForText("#batch-progress", "4 rows counted.");
    assertEquals(List.of("Dover", "harbour", "\"local election\"", "headline:(broken"), column(1));
    assertEquals("1", column(2).get(0));
    assertEquals("1", column(2).get(2));
    assertEquals("0", column(2).get(3));
    assertTrue(page.text("#batch-rows tr:nth-child(4) .batch-warning").length() > 0);

    page.find("#batch-sort").click();
    assertEquals("harbour", column(1).get(0), "most articles first");
    int harbour = Integer.parseInt(column(2).get(0).replace(",", ""));
    assertTrue(harbour > 10, "harbour: " + harbour);

    page.all("#batch-rows input[type=checkbox]").get(0).click();
    page.all("#batch-rows input[type=checkbox]").get(1).click();
    assertEquals(2, page.all("#batch-chart polyline").size());
    assertTrue(page.text("#batch-chart .batch-legend").contains("harbour"));

    page.find("#batch-rows tr:nth-child(2) .batch-query").click();
    page.waitForUrlContaining("q=Dover");
    assertTrue(page.path().contains("dedupe=false"), page.path());
    assertEquals("1 result for “Dover”", page.text("#summary"));
  }

  @Test
  void theChartTogglesBetweenCountsAndSharesAndSaysWhichItShows() {
    page.open("/?q=harbour");
    assertTrue(page.text("#chart-caption").startsWith("Bars: matching articles"));
    assertEquals("/api/feed.atom?q=harbour", page.find("#subscribe").getDomAttribute("href"));
    page.find("#chart-share").click();
    page.waitForUrlContaining("histogram=share");
    assertTrue(
        page.text("#chart-caption").startsWith("Bars: the share of all articles"),
        page.text("#chart-caption"));
    WebElement bar = page.find("#date-chart .bar:not(.empty)");
    assertTrue(
        bar.getDomAttribute("title").contains("% of all articles"), bar.getDomAttribute("title"));
    assertTrue(page.text("#source-facet").contains("%"), page.text("#source-facet"));
    page.find("#chart-count").click();
    page.waitForPath("/?q=harbour");
  }

  @Test
  void theBatchViewFitsAPhoneScreen() {
    page.resize(ChromiumPage.PHONE);
    try {
      page.open("/?view=batch");
      page.find("#batch-list").sendKeys("harbour\nDover\n\"winter storm repairs\"");
      page.find("#batch-run").click();
      page.waitForText("#batch-progress", "3 rows counted.");
      page.all("#batch-rows input[type=checkbox]").get(0).click();
      page.screenshot("batch-phone-390");
      Object overflow =
          page.script("return document.documentElement.scrollWidth > window.innerWidth + 1");
      assertEquals(Boolean.FALSE, overflow, "the table scrolls in its own box, not the page");
    } finally {
      page.resize(ChromiumPage.DESKTOP);
    }
    page.open("/?view=batch");
    page.find("#batch-list").sendKeys("harbour\nDover");
    page.find("#batch-run").click();
    page.waitForText("#batch-progress", "2 rows counted.");
    page.all("#batch-rows input[type=checkbox]").get(0).click();
    page.all("#batch-rows input[type=checkbox]").get(1).click();
    page.screenshot("batch-desktop-1280");
  }

  private static List<String> column(int index) {
    return page.all("#batch-rows tr").stream()
        .map(
            row -> {
              WebElement cell = row.findElements(By.cssSelector("td")).get(index);
              List<WebElement> link = cell.findElements(By.cssSelector(".batch-query"));
              return (link.isEmpty() ? cell : link.getFirst()).getText();
            })
        .toList();
  }
}
