package newsearch.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven by its chromedriver (never a downloaded one), with the
 * waits the search page tests need.
 */
final class ChromiumPage implements AutoCloseable {

  static final Dimension DESKTOP = new Dimension(1280, 900);

  /** An iPhone 12-15 sized viewport, emulated as a mobile device (viewport meta, touch). */
  static final Dimension PHONE = new Dimension(390, 844);

  final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String base;

  private ChromiumPage(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Starts Chromium for pages at {@code base}; skips the test when there is no Chromium. */
  static ChromiumPage start(String base, Path profileDir) {
    Path chromium = Path.of(System.getProperty("newsearch.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("newsearch.chromedriver", "/usr/bin/chromedriver"));
    assumeTrue(Files.isExecutable(chromium), "No Chromium at " + chromium);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver.toString()))
            .usingAnyFreePort()
            .build();
    var options = new ChromeOptions();
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.setBinary(chromium.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    var page = new ChromiumPage(new ChromeDriver(service, options), base);
    page.resize(DESKTOP);
    return page;
  }

  /** Opens a page path such as {@code /?q=harbour} and waits until its first answer is shown. */
  void open(String pathAndQuery) {
    driver.get(base + pathAndQuery);
    settled();
  }

  /** Waits until no request of the page is under way. */
  void settled() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                script(
                    "return document.readyState === 'complete' && document.body !== null"
                        + " && !document.body.classList.contains('is-loading')"
                        + " && document.getElementById('summary') !== null")));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  /** Waits until the element's text contains {@code expected}, and returns the whole text. */
  String waitForText(String css, String expected) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), expected));
    return text(css);
  }

  /** Waits until the URL's path and query (after the host) equal {@code expected}, then settles. */
  void waitForPath(String expected) {
    wait.until(d -> (base + expected).equals(d.getCurrentUrl()));
    settled();
  }

  void waitForUrlContaining(String part) {
    wait.until(ExpectedConditions.urlContains(part));
    settled();
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  WebDriverWait waiting() {
    return wait;
  }

  /** Sets the viewport (not the window, whose frame varies) to exactly this size. */
  void resize(Dimension size) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            size.getWidth(),
            "height",
            size.getHeight(),
            "deviceScaleFactor",
            1,
            "mobile",
            size.getWidth() < 600));
  }

  /** The browser console's messages since the last call, e.g. Content-Security-Policy refusals. */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves what the window shows under the {@code newsearch.screenshots} folder. */
  Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("newsearch.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
