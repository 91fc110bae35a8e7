package org.samadhan.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Debian's chromium and chromedriver, named by path (never found or
 * fetched by Selenium Manager, which would go to the internet). Paths come from the system
 * properties {@code samadhan.chromium} and {@code samadhan.chromedriver}, else /usr/bin. Where
 * they are missing the browser tests are skipped, except on CI ({@code CI=true}), where
 * {@code .ci/run} installs them and a missing browser is a failure. Each browser has a fresh
 * profile; screenshots go to {@code target/screenshots/<name>.png} for people to look at.
 */
public final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final String base;

	private final Path profile;

	private Browser(WebDriver driver, String base, Path profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	/** A browser the size of a small phone (360 px wide), talking to the application on this port. */
	public static Browser phone(int port) {
		return open(port, 360, 780);
	}

	public static Browser open(int port, int width, int height) {
		File chromium = new File(System.getProperty("samadhan.chromium", "/usr/bin/chromium"));
		File chromedriver = new File(System.getProperty("samadhan.chromedriver", "/usr/bin/chromedriver"));
		boolean present = chromium.canExecute() && chromedriver.canExecute();
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("chromium or chromedriver missing: " + chromium + ", " + chromedriver);
		}
		Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
		try {
			Path profile = Files.createTempDirectory("samadhan-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(chromium);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-quic", "--no-first-run", "--user-data-dir=" + profile,
					"--window-size=" + width + "," + height);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(width, height));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, "http://127.0.0.1:" + port, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public java.util.List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Lets the page ask for the device's position and answers with this one (Chrome DevTools'
	 * geolocation override), as a phone's GPS would; no dialog is shown.
	 */
	public Browser emulatePosition(double latitude, double longitude, double accuracyMeters) {
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Browser.grantPermissions",
				java.util.Map.of("origin", base, "permissions", java.util.List.of("geolocation")));
		chrome.executeCdpCommand("Emulation.setGeolocationOverride",
				java.util.Map.of("latitude", latitude, "longitude", longitude, "accuracy", accuracyMeters));
		return this;
	}

	/** Chooses a file in a file input, as a person picking a photo would. */
	public Browser attach(String css, Path file) {
		find(css).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	public Browser choose(String css, String value) {
		new Select(find(css)).selectByValue(value);
		return this;
	}

	/**
	 * Clicks and waits for the next page to be there: the old page's window carries a mark the new
	 * one lacks (an element's staleness is not reliable while Chromium swaps documents).
	 */
	public Browser submit(String css) {
		script("window.samadhanOldPage = true");
		find(css).click();
		await().ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(script(
					"return window.samadhanOldPage === undefined && document.readyState === 'complete'")));
		return this;
	}

	public WebDriverWait await() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	public String text(String css) {
		return find(css).getText();
	}

	public String value(String css) {
		return find(css).getDomProperty("value");
	}

	public Object script(String script) {
		return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(base.length());
	}

	/** Saves what the window shows now, without scrolling, as {@code target/screenshots/<name>.png}. */
	public Browser screenshotOfViewport(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Saves the whole page as it looks now as {@code target/screenshots/<name>.png}. */
	public Browser screenshot(String name) {
		Dimension window = driver.manage().window().getSize();
		long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
		try {
			Files.createDirectories(SCREENSHOTS);
			driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(height, window.getHeight())));
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			driver.manage().window().setSize(window);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a profile left in the temp directory harms nothing
		}
	}
}
