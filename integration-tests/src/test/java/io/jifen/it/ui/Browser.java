package io.jifen.it.ui;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import io.jifen.it.support.RunningServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by Debian's chromedriver, headless, nothing downloaded. Helpers here
 * speak Vaadin: its fields keep their input in the light DOM, its grid renders cells as
 * vaadin-grid-cell-content.
 *
 * <p>A browser test class registers one as a JUnit extension, the one setup all browser tests share:
 * {@code @RegisterExtension static final Browser browser = Browser.perTestClass();} opens chromium on
 * the running server before the class's first test, saves a screenshot {@code FAILED-<test>} when a
 * test fails and closes chromium after the last test.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private WebDriver driver;
    private URI base;

    private Browser() {
    }

    /** A browser opened for a test class on the server {@link RunningServer} runs. */
    public static Browser perTestClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        open(RunningServer.api(context).base());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        try {
            screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        } catch (Exception ignored) {
            // the failure itself is what matters
        }
    }

    private void open(URI base) throws IOException {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("jifen-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
        waitForVaadin();
    }

    /**
     * From now on every request says it was forwarded for this client address, as the bank's load
     * balancer would (the test server trusts loopback as its proxy); null stops.
     */
    public void comeFrom(String address) {
        var chromium = (ChromeDriver) driver;
        chromium.executeCdpCommand("Network.enable", java.util.Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers",
                address == null ? java.util.Map.of() : java.util.Map.of("X-Forwarded-For", address)));
    }

    public void signIn(String username, String password) {
        open("/login");
        WebElement form = await(d -> d.findElement(By.tagName("vaadin-login-form")));
        type(form.findElement(By.id("vaadinLoginUsername")), username);
        type(form.findElement(By.id("vaadinLoginPassword")), password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-button[theme~='submit']")).click();
        waitForVaadin();
    }

    /** Types into a Vaadin field (its native input is a light-DOM child) after clearing it. */
    public void type(WebElement vaadinField, String text) {
        WebElement input = vaadinField.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        // leaving the field is what commits a number field's value; a text field takes the change event
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true})); arguments[0].blur();", input);
        waitForVaadin();
    }

    public void typeInto(String id, String text) {
        type(byId(id), text);
    }

    /** Opens a Vaadin combo box and chooses its first item. */
    public void chooseFirst(String comboBoxId) {
        WebElement input = byId(comboBoxId).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
    }

    /** Types into a Vaadin combo box (single or multi-select) and chooses the first item its filter leaves. */
    public void chooseTyped(String comboBoxId, String text) {
        WebElement input = byId(comboBoxId).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(text);
        waitForVaadin();
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waitForVaadin();
    }

    /**
     * Types into a lazy combo box and clicks the offered item whose label contains the text: it
     * waits for the server's filtered answer rather than taking whatever was listed first.
     */
    public void pick(String comboBoxId, String text) {
        WebElement input = byId(comboBoxId).findElement(By.tagName("input"));
        input.click();
        input.clear();
        input.sendKeys(text);
        WebElement item = await(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
        item.click();
        waitForVaadin();
        await(d -> !byId(comboBoxId).findElement(By.tagName("input")).getDomProperty("value").isEmpty());
    }

    /** Ticks the n-th (0-based) checkbox of a Vaadin checkbox group. */
    public void tick(String checkboxGroupId, int index) {
        WebElement box = byId(checkboxGroupId).findElements(By.tagName("vaadin-checkbox")).get(index);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
        waitForVaadin();
    }

    /** Whether a Vaadin field shows itself invalid (its error message is then visible). */
    public boolean isInvalid(String id) {
        return byId(id).getDomAttribute("invalid") != null;
    }

    public WebElement byId(String id) {
        return await(d -> d.findElement(By.id(id)));
    }

    /** Clicks by script after scrolling it into view: Vaadin layouts may overlap an element's edge. */
    public void click(String id) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", byId(id));
        waitForVaadin();
    }

    public List<String> gridCells() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    /** Clicks the grid cell showing the text (by script: a cell near the viewport's edge may be overlapped). */
    public void clickGridCell(String text) {
        WebElement cell = await(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(text)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", cell);
        waitForVaadin();
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(RuntimeException.class).until(condition::apply);
    }

    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until Vaadin has no round trip in flight. */
    public void waitForVaadin() {
        await(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete'; }
                return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());"""));
    }

    /**
     * Downloads what a link points at within the signed-in session (the browser's own fetch, with
     * its cookies) and answers the body as text and the bytes' length, for CSV and Excel exports.
     */
    public Download download(String linkId) {
        WebElement link = byId(linkId);
        @SuppressWarnings("unchecked")
        var result = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => done({status: r.status,
                      type: r.headers.get('content-type') || '', disposition: r.headers.get('content-disposition') || '',
                      text: new TextDecoder('utf-8').decode(b), length: b.byteLength})))
                  .catch(e => done({status: -1, type: '', disposition: '', text: String(e), length: 0}));""", link);
        return new Download(((Number) result.get("status")).intValue(), (String) result.get("type"),
                (String) result.get("disposition"), (String) result.get("text"),
                ((Number) result.get("length")).longValue());
    }

    public record Download(int status, String contentType, String disposition, String text, long length) {
    }

    /** Saves the page as target/screenshots/NAME.png (kept as a test artefact, copied to the README). */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
