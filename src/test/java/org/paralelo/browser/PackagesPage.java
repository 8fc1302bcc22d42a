package org.paralelo.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.paralelo.support.BrowserTest;

/** "Paquetes de cursos", /paquetes: the upload of a package or cartridge and the preview report it shows. */
public class PackagesPage extends Page {

    private static final By REPORT = By.id("package-report");

    PackagesPage(BrowserTest browser) {
        super(browser);
        waitUntil("waiting for the packages screen", d -> path().equals("/paquetes"));
        visible(By.id("package-upload"));
        browser.waitForVaadin();
    }

    public static PackagesPage open(BrowserTest browser) {
        browser.open("paquetes");
        return new PackagesPage(browser);
    }

    /**
     * Hands the file to the upload's hidden {@code <input type=file>} (in the vaadin-upload's shadow DOM; the light
     * DOM is searched first) and waits for the preview report that names the format read.
     */
    public PackagesPage preview(Path file) {
        WebElement input = fileInput("package-upload");
        input.sendKeys(file.toAbsolutePath().toString());
        visible(By.id("package-format"));
        browser.waitForVaadin();
        script("arguments[0].scrollIntoView({block: 'start'})", visible(REPORT));
        browser.waitForRendering();
        return this;
    }

    /** The report's format line, title and counts, as shown. */
    public List<String> report() {
        return texts(By.cssSelector("#package-report > h3, #package-report > p"));
    }

    public PackagesPage inLanguage(String languageLabel, String expectedHeading) {
        switchLanguage(languageLabel, expectedHeading);
        browser.waitForVaadin();
        return new PackagesPage(browser);
    }
}
