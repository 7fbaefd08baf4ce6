import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.figx.sources.TextDecoder;
import org.figx.sources.html.DeclaredCharset;
import org.figx.sources.html.HtmlPage;

/**
 * For bench/html-main-text.sh: the article text of each page as figx's own rules find it
 * and as Readability4J (a Java port of Mozilla's Readability) finds it, its article HTML
 * turned into text by figx's BlockText so that only the choice of the article differs.
 * Writes OUT/NAME.rules.txt, OUT/NAME.readability.txt and OUT/NAME.reference (the page's
 * publication date, which both texts are read with).
 */
public class ReadabilityText {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Method blockText = Class.forName("org.figx.sources.html.BlockText")
                .getDeclaredMethod("of", org.jsoup.nodes.Element.class);
        blockText.setAccessible(true);
        for (int i = 1; i < args.length; i++) {
            Path page = Path.of(args[i]);
            byte[] bytes = Files.readAllBytes(page);
            String html = TextDecoder.read(bytes, DeclaredCharset.of(bytes)).text();
            Article article = new Readability4J("https://example.org/", html).parse();
            String content = article.getContent() == null ? "" : article.getContent();
            String name = page.getFileName().toString().replaceFirst("\\.html?$", "");
            Files.writeString(out.resolve(name + ".readability.txt"),
                    (String) blockText.invoke(null, org.jsoup.Jsoup.parse(content).body()));
            HtmlPage read = HtmlPage.read(html);
            Files.writeString(out.resolve(name + ".rules.txt"), read.text());
            Files.writeString(out.resolve(name + ".reference"), read.published().map(Object::toString).orElse(""));
        }
    }
}
