package org.figx.extract;

import java.util.List;
import org.figx.Kind;
import org.figx.Mention;
import org.figx.lang.Lexicon;
import org.figx.lang.PhraseTable;
import org.figx.text.Chars;
import org.figx.text.Token;
import org.figx.text.Tokens;

/**
 * A bare dollar ("12 $", "$10", "3 millions de dollars") is the currency of the
 * place the article comes from when its dateline names one (home-currencies.txt:
 * "MONTRÉAL, 3 mars 2024 —" makes them CAD), and the US dollar otherwise. An
 * amount that says which dollar it is ("dollars américains", "10 $ US", "USD")
 * keeps it. The rows it changes say so in their rule ({@code -home-currency}).
 */
final class HomeCurrency {
    private final Lexicon lexicon;

    HomeCurrency(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@code mentions} with each bare dollar read as the currency of the article's place, if it names one. */
    List<Mention> apply(String text, List<Mention> mentions) {
        String home = homeOf(text);
        if (home == null) {
            return mentions;
        }
        // from the end: a figure that took its unit from the amount after it ("de 97 à 104 $",
        // "10, 20 et 30 $") names no currency, and follows that amount's
        Mention[] out = mentions.toArray(new Mention[0]);
        boolean nextIsHome = false;
        for (int i = out.length - 1; i >= 0; i--) {
            Mention m = out[i];
            if (m.kind() != Kind.MONEY) {
                continue;
            }
            // "1,65 $/l": a price per unit keeps its unit after the slash
            int slash = m.unit() == null ? -1 : m.unit().indexOf('/');
            String code = slash < 0 ? m.unit() : m.unit().substring(0, slash);
            String perUnit = slash < 0 ? "" : m.unit().substring(slash);
            String amount = slash < 0 ? m.text() : m.text().substring(0, Math.max(0, m.text().lastIndexOf('/')));
            boolean isHome = lexicon.bareDollarCurrency().equals(code) && (isBareDollar(amount) || nextIsHome && namesNoCurrency(m));
            if (isHome) {
                out[i] = withUnit(m, home + perUnit);
            }
            nextIsHome = isHome;
        }
        return List.of(out);
    }

    /** Whether no token of the amount's text is a currency sign, code or name ("97" of "de 97 à 104 $"). */
    private boolean namesNoCurrency(Mention m) {
        String t = m.text();
        for (Token k = Tokens.next(t, 0); k != null; k = Tokens.next(t, k.end())) {
            if (!Chars.isDigit(t.charAt(k.start())) && (lexicon.currencies().isCodeOrSymbolAt(t, k.start())
                    || lexicon.currencies().names().matchAt(t, k.start()) != null)) {
                return false;
            }
        }
        return true;
    }

    /** The currency of the place that opens one of the first lines (the dateline), or null. */
    private String homeOf(String text) {
        int line = 0;
        for (int lines = 0; lines < Dateline.HEAD_LINES && line < Math.min(text.length(), Dateline.HEAD_CHARS); lines++) {
            Token first = Tokens.next(text, line);
            if (first != null) {
                PhraseTable.Match<String> place = lexicon.homeCurrencies().matchAt(text, first.start());
                if (place != null && place.start() == first.start()) {
                    return place.value();
                }
            }
            int lineBreak = text.indexOf('\n', line);
            if (lineBreak < 0) {
                return null;
            }
            line = lineBreak + 1;
        }
        return null;
    }

    /** Whether the amount's currency is a bare dollar: its last word, or a sign right before its figure. */
    private boolean isBareDollar(String t) {
        Token last = Tokens.previous(t, t.length());
        if (last != null && lexicon.isHomeCurrencyWord(t, last)) {
            return true;
        }
        Token first = Tokens.next(t, 0);
        Token after = first == null ? null : Tokens.next(t, first.end());
        return first != null && lexicon.isHomeCurrencyWord(t, first) && after != null
                && Chars.isDigit(t.charAt(after.start()));
    }

    private static Mention withUnit(Mention m, String unit) {
        return new Mention(m.kind(), m.start(), m.end(), m.text(), m.value(), m.valueMax(), unit, m.qualifier(),
                m.when(), m.subject(), m.modality(), m.sentence(), m.temporal(), m.time(),
                m.rule() == null ? null : m.rule() + "-home-currency");
    }
}
