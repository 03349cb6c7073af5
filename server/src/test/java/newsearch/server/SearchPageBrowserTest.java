package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import newsearch.server.api.SearchApi;
import newsearch.server.search.lucene.LuceneSearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The search page in headless Chromium against a real server over a real index of the fixture
 * articles in {@code src/test/resources/web}.
 */
class SearchPageBrowserTest {

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

  @BeforeEach
  void desktopWidth() {
    page.resize(ChromiumPage.DESKTOP);
  }

  @AfterEach
  void nothingWasRefusedByTheContentSecurityPolicy() {
    fixture.assertNothingRefusedByTheContentSecurityPolicy();
  }

  @Test
  void typingAQueryShowsMarkedResultsWithSourceDateAndFacets() {
    page.open("/");
    assertEquals("q", page.script("return document.activeElement.id"));
    page.find("#q").sendKeys("harbour", Keys.ENTER);
    page.waitForPath("/?q=harbour");
    assertEquals("15 results for “harbour”", page.text("#summary"));
    assertEquals(10, page.all(".hit").size());
    assertEquals("harbour", page.text(".hit .hit-title mark").toLowerCase(Locale.ROOT));
    assertFalse(page.all(".hit .snippet mark").isEmpty());
    assertEquals("The Guardian", page.text(".hit .hit-meta .source"));
    assertEquals("6 Jan 2025", page.text(".hit .hit-meta time"));
    String sources = page.text("#source-facet");
    assertTrue(sources.contains("The Guardian") && sources.contains("Unknown source"), sources);
    assertTrue(page.all("#date-chart .bar").size() > 10);
    assertTrue(page.text("#undated-facet").contains("No date"));
    assertTrue(
        page.find("#export").getAttribute("href").endsWith("/api/export?q=harbour&format=csv"));
    page.screenshot("results-desktop-1280");

    page.find("#summary").click();
    new Actions(page.driver).sendKeys("/").perform();
    assertEquals("q", page.script("return document.activeElement.id"));
  }

  @Test
  void suggestionsOpenAsYouTypeAndTheKeyboardPicksOne() {
    page.open("/");
    WebElement q = page.find("#q");
    assertEquals("combobox", q.getAttribute("role"));
    assertEquals("suggestions", q.getAttribute("aria-controls"));
    assertEquals("false", q.getAttribute("aria-expanded"));
    q.sendKeys("harb");
    List<WebElement> options = openSuggestions();
    assertEquals("listbox", page.find("#suggestions").getAttribute("role"));
    assertEquals("Suggestions", page.find("#suggestions").getAttribute("aria-label"));
    assertTrue(options.size() >= 2, "" + options.size());
    for (WebElement option : options) {
      assertTrue(option.getAttribute("data-text").startsWith("harbour"), option.getText());
      assertTrue(option.getText().contains("14 articles"), option.getText());
    }

    q.sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggestion-0", q.getAttribute("aria-activedescendant"));
    assertEquals("true", options.get(0).getAttribute("aria-selected"));
    q.sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggestion-1", q.getAttribute("aria-activedescendant"));
    assertEquals("false", options.get(0).getAttribute("aria-selected"));
    q.sendKeys(Keys.ARROW_UP);
    assertEquals("suggestion-0", q.getAttribute("aria-activedescendant"));
    String first = options.get(0).getAttribute("data-text");
    q.sendKeys(Keys.ENTER);
    page.waiting().until(d -> page.path().startsWith("/?q=harbour+"));
    page.settled();
    assertEquals(first, q.getAttribute("value"));
    assertTrue(page.text("#summary").contains("“" + first + "”"), page.text("#summary"));
    assertTrue(page.all("#suggestions [role=option]").isEmpty());
    assertEquals("false", q.getAttribute("aria-expanded"));

    q.sendKeys(Keys.BACK_SPACE);
    openSuggestions();
    q.sendKeys(Keys.ESCAPE);
    page.waiting().until(d -> page.all("#suggestions [role=option]").isEmpty());
    assertEquals("false", q.getAttribute("aria-expanded"));
    assertNull(q.getAttribute("aria-activedescendant"));
    assertEquals(first.substring(0, first.length() - 1), q.getAttribute("value"));
  }

  private List<WebElement> openSuggestions() {
    page.waiting().until(d -> !page.all("#suggestions [role=option]").isEmpty());
    assertEquals("true", page.find("#q").getAttribute("aria-expanded"));
    return page.all("#suggestions [role=option]");
  }

  @Test
  void theStartPageListsTheNewestArticlesAndTheSortCanChange() {
    page.open("/");
    assertEquals("Newest of 19 articles", page.text("#summary"));
    assertEquals(
        "Turnout rises in local election as polling stations stay open late",
        page.text(".hit-title"));
    new Select(page.find("#sort")).selectByValue("oldest");
    page.waitForPath("/?sort=oldest");
    assertEquals("Oldest of 19 articles", page.text("#summary"));
    assertEquals("Dover harbour reopens after winter storm repairs", page.text(".hit-title"));
  }

  @Test
  void tickingSourcesNarrowsTheListAndTheUrl() {
    page.open("/?q=harbour");
    sourceCheckbox("Reuters").click();
    page.waitForPath("/?q=harbour&source=Reuters");
    assertEquals("5 results for “harbour”", page.text("#summary"));
    for (WebElement source : page.all(".hit .source")) {
      assertEquals("Reuters", source.getText());
    }
    // The source counts ignore the source filter, so another source can be added.
    sourceCheckbox("Unknown source").click();
    page.waitForPath("/?q=harbour&source=Reuters&source=_unknown");
    assertEquals("7 results for “harbour”", page.text("#summary"));
    assertTrue(sourceCheckbox("Reuters").isSelected());

    page.find("#reset-filters").click();
    page.waitForPath("/?q=harbour");
    assertEquals("15 results for “harbour”", page.text("#summary"));
  }

  @Test
  void datesNarrowByInputsByClickingABarAndByDraggingAcrossBars() {
    page.open("/?q=harbour");
    page.find("#from").sendKeys("01202025");
    page.find("#to").sendKeys("02052025");
    page.find("#date-form button").click();
    page.waitForPath("/?q=harbour&from=2025-01-20&to=2025-02-05");
    assertEquals("6 results for “harbour”", page.text("#summary"));

    page.open("/?q=harbour");
    bar("13 Jan 2025").click();
    page.waitForPath("/?q=harbour&from=2025-01-13&to=2025-01-13");
    assertEquals("1 result for “harbour”", page.text("#summary"));

    page.open("/?q=harbour");
    new Actions(page.driver)
        .clickAndHold(bar("9 Jan 2025"))
        .moveToElement(bar("20 Jan 2025"))
        .release()
        .perform();
    page.waitForPath("/?q=harbour&from=2025-01-09&to=2025-01-20");
    assertEquals("4 results for “harbour”", page.text("#summary"));
    assertEquals("2025-01-09", page.find("#from").getDomProperty("value"));
  }

  @Test
  void pagingMovesThroughPagesAndBackAndForwardRestoreThem() {
    page.open("/?q=harbour");
    page.find(".pager .next").click();
    page.waitForPath("/?q=harbour&page=2");
    assertEquals(5, page.all(".hit").size());
    assertEquals("2", page.text(".pager [aria-current=page]"));

    page.driver.navigate().back();
    page.waitForPath("/?q=harbour");
    assertEquals(10, page.all(".hit").size());
    page.driver.navigate().forward();
    page.waitForPath("/?q=harbour&page=2");
    assertEquals(5, page.all(".hit").size());
  }

  @Test
  void backAndForwardRestoreEarlierSearches() {
    page.open("/?q=harbour");
    WebElement box = page.find("#q");
    box.clear();
    box.sendKeys("election", Keys.ENTER);
    page.waitForPath("/?q=election");
    assertEquals("1 result for “election”", page.text("#summary"));

    page.driver.navigate().back();
    page.waitForPath("/?q=harbour");
    assertEquals("15 results for “harbour”", page.text("#summary"));
    assertEquals("harbour", page.find("#q").getDomProperty("value"));
    page.driver.navigate().forward();
    page.waitForPath("/?q=election");
    assertEquals("election", page.find("#q").getDomProperty("value"));
  }

  @Test
  void anArticleOpensWithMarkedParagraphsAndTheWayBackRestoresTheResults() {
    String results = "/?q=storm&source=The+Guardian&sort=oldest";
    page.open(results);
    String first = page.text(".hit-title");
    page.find(".hit-title a").click();
    page.waitForUrlContaining("article=");
    assertEquals(first, page.text("#article-title"));
    assertTrue(page.all(".article-body p").size() >= 3);
    assertFalse(page.all(".article-body mark").isEmpty());
    assertEquals("The Guardian", page.text(".article-meta .source"));
    page.screenshot("article-desktop-1280");

    page.find("#back-link").click();
    page.waitForPath(results);
    assertEquals(first, page.text(".hit-title"));
    assertEquals("oldest", page.find("#sort").getDomProperty("value"));
    assertTrue(sourceCheckbox("The Guardian").isSelected());
  }

  @Test
  void aSharedUrlRestoresTheSameView() {
    page.open("/?q=harbour&source=BBC+News&source=The+Guardian&from=2025-01-01&sort=newest&page=1");
    assertEquals("7 results for “harbour”", page.text("#summary"));
    assertEquals("harbour", page.find("#q").getDomProperty("value"));
    assertTrue(sourceCheckbox("BBC News").isSelected());
    assertTrue(sourceCheckbox("The Guardian").isSelected());
    assertFalse(sourceCheckbox("Reuters").isSelected());
    assertEquals("2025-01-01", page.find("#from").getDomProperty("value"));
    assertEquals("newest", page.find("#sort").getDomProperty("value"));

    page.open("/?article=harbour-03&q=storm");
    assertEquals(
        "Falmouth harbour reopens after winter storm repairs", page.text("#article-title"));
    assertEquals("storm", page.text("#article-title mark"));
    assertTrue(page.find("#back-link").getAttribute("href").endsWith("/?q=storm"));
  }

  @Test
  void aHostileHeadlineAndBodyShowAsTextAndRunNothing() {
    page.open("/?q=lighthouse");
    String title = page.text(".hit-title");
    assertTrue(title.startsWith("<img src=x onerror=window.__xss=1>"), title);
    assertTrue(page.all("#hits img").isEmpty());
    page.find(".hit-title a").click();
    page.waitForUrlContaining("article=xss-01");
    assertTrue(page.text("#article-title").startsWith("<img src=x onerror=window.__xss=1>"));
    String body = page.text(".article-body");
    assertTrue(body.contains("<script>window.__xss=2</script>"), body);
    assertTrue(body.contains("<b onmouseover=window.__xss=3>bold claims</b>"), body);
    assertTrue(page.all("#article-view img, #article-view script, #article-view b").isEmpty());
    assertNull(page.script("return window.__xss"));
  }

  @Test
  void aSlowOlderAnswerNeverOverwritesANewerOne() {
    page.open("/");
    // Hold back the answer for "harbour" and drop its abort signal: only the page's request
    // sequence can keep it from replacing the newer answer.
    page.script(
        "const fetchNow = window.fetch;"
            + "window.fetch = (url, options) => String(url).includes('q=harbour')"
            + "  ? new Promise((done) => setTimeout(done, 1500))"
            + "      .then(() => fetchNow(url))"
            + "      .then((answer) => { setTimeout(() => { window.__slowDone = true; }, 100);"
            + "                          return answer; })"
            + "  : fetchNow(url, options);");
    WebElement box = page.find("#q");
    box.sendKeys("harbour", Keys.ENTER);
    assertEquals(
        Boolean.TRUE, page.script("return document.body.classList.contains('is-loading')"));
    box.clear();
    box.sendKeys("election", Keys.ENTER);
    page.waitForText("#summary", "1 result for “election”");
    page.waiting().until(d -> Boolean.TRUE.equals(page.script("return window.__slowDone")));
    assertEquals("1 result for “election”", page.text("#summary"));
    assertEquals("/?q=election", page.path());
  }

  @Test
  void noResultsSaysSoAndSuggestsRemovingFilters() {
    page.open("/?q=zebra");
    assertEquals("No articles match “zebra”.", page.text(".message h3"));
    assertTrue(page.text(".message").contains("Check the spelling"));

    page.open("/?q=election&source=Reuters");
    assertEquals("No articles match “election” with these filters.", page.text(".message h3"));
    page.find(".message .chips a").click();
    page.waitForPath("/?q=election");
    assertEquals("1 result for “election”", page.text("#summary"));
  }

  @Test
  void aBadParameterInTheUrlShowsTheApiMessage() {
    page.open("/?q=harbour&from=yesterday");
    page.waitForText("[role=alert]", "The search failed");
    assertTrue(page.text("[role=alert]").contains("Parameter 'from' must be a date"));
  }

  @Test
  void anUnreachableServerShowsAClearMessage() throws IOException {
    Javalin second = SearchApi.create(fixture.service).start("127.0.0.1", 0);
    try {
      page.driver.get("http://127.0.0.1:" + second.port() + "/?q=harbour");
      page.settled();
      assertEquals("15 results for “harbour”", page.text("#summary"));
    } finally {
      second.stop();
    }
    WebElement box = page.find("#q");
    box.clear();
    box.sendKeys("storm", Keys.ENTER);
    page.waitForText("[role=alert]", "Cannot reach the search server");
    assertEquals("Search failed", page.text("#summary"));
    page.screenshot("error-unreachable-desktop-1280");
  }

  @Test
  void anEmptyArchiveSaysSo() throws IOException {
    Path emptyCorpus = Files.createDirectories(dir.resolve("empty-corpus"));
    TestIndex.reindex(emptyCorpus, dir.resolve("empty-index"));
    try (var empty = LuceneSearchService.open(dir.resolve("empty-index"), 2000)) {
      Javalin emptyApp = SearchApi.create(empty).start("127.0.0.1", 0);
      try {
        page.driver.get("http://127.0.0.1:" + emptyApp.port() + "/");
        page.settled();
        assertEquals("The archive is empty.", page.waitForText(".message h3", "empty"));
        assertEquals("No articles", page.text("#summary"));
      } finally {
        emptyApp.stop();
      }
    }
  }

  @Test
  void theSearchTipsOpenAndCloseByKeyboard() {
    page.open("/");
    page.find("#help-toggle").click();
    String tips = page.text("#help");
    for (String example :
        List.of(
            "\"exact phrase\"", "-trump", "OR", "headline:", "source:\"The Guardian\"", "*", "~")) {
      assertTrue(tips.contains(example), example);
    }
    new Actions(page.driver).sendKeys(Keys.ESCAPE).perform();
    page.waiting().until(d -> !page.driver.findElement(By.id("help")).isDisplayed());
    assertEquals("help-toggle", page.script("return document.activeElement.id"));
  }

  @Test
  void phoneWidthFoldsTheFiltersAndReadsWell() {
    page.resize(ChromiumPage.PHONE);
    page.open("/?q=harbour");
    assertFalse(page.find("#q").getRect().getWidth() > 390);
    assertFalse(page.driver.findElement(By.id("filters")).isDisplayed());
    page.screenshot("results-phone-390");
    page.find("#filters-toggle").click();
    assertTrue(page.find("#source-facet").isDisplayed());
    page.screenshot("results-phone-390-filters");
    page.find(".hit-title a").click();
    page.waitForUrlContaining("article=");
    page.screenshot("article-phone-390");
    Object overflow =
        page.script("return document.documentElement.scrollWidth > window.innerWidth + 1");
    assertEquals(Boolean.FALSE, overflow);
  }

  @Test
  void theResultsFitAPhoneScreen() {
    page.resize(ChromiumPage.PHONE);
    // A headline of one long unbreakable word, and a results header with every tool in it.
    page.open("/?q=" + enc("towpath volunteers"));
    // A phone widens the layout viewport to content that does not fit: compare with the screen.
    Object width = page.script("return document.documentElement.scrollWidth");
    assertEquals(
        390L, ((Number) width).longValue(), "the results header and headlines wrap at 390 px");
  }

  @Test
  void aMisspellingOffersTheIndexSpelling() {
    page.open("/?q=harbuor");
    WebElement correction = page.find(".did-you-mean a.correction");
    assertEquals("harbour", correction.getText());
    correction.click();
    page.waitForPath("/?q=harbour");
    assertEquals("15 results for “harbour”", page.text("#summary"));
  }

  @Test
  void capitalsAreReadAsWordsWithAWayBackToOperators() {
    page.open("/?q=" + enc("HARBOUR NOT DOVER"));
    assertTrue(page.text(".notice.interpreted").startsWith("Searched for: "));
    page.find(".literal-link").click();
    page.waitForUrlContaining("literal=true");
    page.settled();
    assertTrue(page.all(".notice.interpreted").isEmpty());
    assertEquals("14 results for “HARBOUR NOT DOVER”", page.text("#summary"));
  }

  @Test
  void aRelaxedSearchSaysWhatChanged() {
    page.open("/?q=" + enc("harbour budget library"));
    assertTrue(
        page.text(".relaxed-notice").contains("showing articles with most of them"),
        page.text("#notices"));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static WebElement sourceCheckbox(String label) {
    List<WebElement> options = page.all("#source-facet .facet-option");
    return options.stream()
        .filter(o -> o.getText().startsWith(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No source option " + label))
        .findElement(By.tagName("input"));
  }

  private static WebElement bar(String label) {
    return page.find("#date-chart .bar[aria-label^='" + label + ":']");
  }
}
