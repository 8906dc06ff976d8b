package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The back office reads as Chinese throughout: an admin (who sees every menu entry) opens each
 * view in Chinese, and the page's own words (headings, labels, buttons, helper texts, notices;
 * not the data in grids and fields) hold no English word and no enum name. The few words that
 * are names in any language (CSV, Excel, SKU, the "English" switch) are allowed by name, and a
 * value a text quotes on purpose (a URL, a code in 「」) is not a word of the page.
 */
@ExtendWith(RunningServer.class)
class ChineseThroughoutIT {
    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    /** Words that are the same in a Chinese UI: file formats, the language switch, units and protocols. */
    private static final Set<String> NAMES = Set.of("CSV", "Excel", "SKU", "English", "CNY", "URL", "API", "Webhook",
            "HTTPS", "HTTP", "JSON", "ISO", "ID", "QR", "PDF", "SHA", "IFRS");
    /** Literal values a text quotes on purpose: a URL, or a code in corner brackets (「points.changed」). */
    private static final Pattern LITERAL = Pattern.compile("https?://\\S+|「[^」]*」");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]{2,}");

    /** The page's own text: everything visible outside grids, and outside what fields hold. */
    private static final String PAGE_TEXT = """
            const skip = el => el.closest('vaadin-grid, vaadin-grid-cell-content, input, textarea, .jifen-data');
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const el = node.parentElement;
              if (!el || skip(el) || el.closest('script, style, template')) continue;
              const style = getComputedStyle(el);
              if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
              const text = node.textContent.trim();
              if (text) texts.push(text);
            }
            document.querySelectorAll('[placeholder]').forEach(el => { if (!skip(el.parentElement || el)) texts.push(el.getAttribute('placeholder')); });
            return texts.join('\\n');""";

    @Test
    void every_view_reads_as_chinese_for_an_admin(Api api) {
        browser.signIn(StaffUsers.withRole(api, "admin"), StaffUsers.PASSWORD);
        List<String> paths = new ArrayList<>();
        for (WebElement item : browser.byId("main-nav").findElements(By.tagName("vaadin-side-nav-item"))) {
            paths.add(item.getDomAttribute("path"));
        }
        assertThat(paths).as("an admin sees the whole menu").hasSizeGreaterThan(15);
        // the theme is there: an app shell of our own once dropped Lumo, and every page went unstyled
        assertThat((String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.documentElement).getPropertyValue('--lumo-primary-color')"))
                .as("Lumo's primary colour").isNotBlank();
        paths.add("/no-such-page");
        Map<String, Set<String>> english = new TreeMap<>();
        for (String path : paths) {
            browser.open(path.startsWith("/") ? path : "/" + path);
            browser.waitForVaadin();
            String text = (String) ((JavascriptExecutor) browser.driver()).executeScript(PAGE_TEXT);
            Set<String> words = new TreeSet<>();
            Matcher matcher = WORD.matcher(LITERAL.matcher(text).replaceAll(" "));
            while (matcher.find()) {
                if (!NAMES.contains(matcher.group())) {
                    words.add(matcher.group());
                }
            }
            if (!words.isEmpty()) {
                english.put(path, words);
            }
        }
        assertThat(english).as("English words or enum names on the Chinese pages").isEmpty();
    }
}
