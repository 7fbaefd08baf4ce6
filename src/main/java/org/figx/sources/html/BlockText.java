package org.figx.sources.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text as a reader sees it on the page, so that sentences, paragraphs and
 * datelines are where the extractor looks for them: a blank line between blocks
 * (paragraphs, headings, sections), a line break for {@code <br>}, list items and table
 * rows, a tab between table cells; runs of HTML white space as one space, except in
 * {@code <pre>}; soft hyphens (U+00AD) left out. No-break spaces stay: French writes
 * {@code 1 234,56} with them.
 */
final class BlockText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "ul");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "option");
    private static final Set<String> CELLS = Set.of("td", "th");

    private static final int NONE = 0;
    private static final int SPACE = 1;
    private static final int TAB = 2;
    private static final int LINE = 3;
    private static final int PARAGRAPH = 4;

    private final StringBuilder out = new StringBuilder();
    /** The separator owed before the next character: the widest asked since the last one. */
    private int pending = NONE;
    private int preDepth;

    private BlockText() {
    }

    /** The text of {@code root}, blocks apart, ending with a line break (empty when it has none). */
    static String of(Element root) {
        BlockText text = new BlockText();
        NodeTraversor.traverse(text, root);
        if (!text.out.isEmpty()) {
            text.out.append('\n');
        }
        return text.out.toString();
    }

    /** {@code text} as one paragraph's text (a title): white space collapsed, no break. */
    static String inline(String text) {
        BlockText line = new BlockText();
        line.append(text);
        return line.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            if (preDepth > 0) {
                appendAsIs(t.getWholeText());
            } else {
                append(t.getWholeText());
            }
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br")) {
                owe(LINE);
            } else if (name.equals("pre")) {
                preDepth++;
            }
            separate(name);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("pre")) {
                preDepth--;
            }
            if (!CELLS.contains(name)) {
                separate(name);
            }
        }
    }

    private void separate(String name) {
        if (BLOCKS.contains(name)) {
            owe(PARAGRAPH);
        } else if (LINES.contains(name)) {
            owe(LINE);
        } else if (CELLS.contains(name)) {
            owe(TAB);
        }
    }

    private void owe(int separator) {
        pending = Math.max(pending, separator);
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                owe(SPACE);
            } else if (c != '\u00AD') {
                put(c);
            }
        }
    }

    private void appendAsIs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                owe(LINE);
            } else if (c != '\u00AD' && c != '\r') {
                put(c);
            }
        }
    }

    private void put(char c) {
        if (!out.isEmpty()) {
            switch (pending) {
                case SPACE -> out.append(' ');
                case TAB -> out.append('\t');
                case LINE -> out.append('\n');
                case PARAGRAPH -> out.append("\n\n");
                default -> {
                }
            }
        }
        pending = NONE;
        out.append(c);
    }
}
