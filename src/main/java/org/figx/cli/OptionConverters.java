package org.figx.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.figx.Kind;
import org.figx.output.Dialect;
import org.figx.output.OutputFormat;
import org.figx.sources.Glob;
import org.figx.sources.InputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns option values into typed values, with messages that list what is valid:
 * picocli prints them as "Invalid value for option '--types': ...".
 */
public final class OptionConverters {
    private OptionConverters() {
    }

    /** A kind label of {@code --types} ({@code money}). */
    public static final class KindConverter implements ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind kind : Kind.values()) {
                if (kind.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new TypeConversionException("unknown kind '" + value + "' (valid kinds: "
                    + String.join(", ", new KindLabels()) + ")");
        }
    }

    /** The kind labels, for the help text ({@code ${COMPLETION-CANDIDATES}}). */
    public static final class KindLabels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Kind.values()).map(Kind::label).iterator();
        }
    }

    public static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : OutputFormat.values()) {
                if (format.label().equalsIgnoreCase(value.trim())) {
                    return format;
                }
            }
            throw new TypeConversionException("unknown format '" + value + "' (valid formats: "
                    + Arrays.stream(OutputFormat.values()).map(OutputFormat::label)
                            .collect(Collectors.joining(", ")) + ")");
        }
    }

    public static final class DialectConverter implements ITypeConverter<Dialect> {
        @Override
        public Dialect convert(String value) {
            for (Dialect dialect : Dialect.values()) {
                if (dialect.label().equalsIgnoreCase(value.trim())) {
                    return dialect;
                }
            }
            throw new TypeConversionException("unknown dialect '" + value + "' (valid dialects: "
                    + Arrays.stream(Dialect.values()).map(Dialect::label)
                            .collect(Collectors.joining(", ")) + ")");
        }
    }

    public static final class InputFormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            for (InputFormat f : InputFormat.values()) {
                if (f.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown input format '" + value + "' (valid input formats: text, html, auto)");
        }
    }

    public static final class LanguageConverter implements ITypeConverter<LanguageChoice> {
        @Override
        public LanguageChoice convert(String value) {
            for (LanguageChoice choice : LanguageChoice.values()) {
                if (choice.label().equalsIgnoreCase(value.trim())) {
                    return choice;
                }
            }
            throw new TypeConversionException("unknown language '" + value + "' (valid: fr, en, auto)");
        }
    }

    /**
     * An ISO date (midnight of that day) or date-time; a space in place of the
     * {@code T} is accepted, as people write it that way.
     */
    public static final class ReferenceDateConverter implements ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String value) {
            String iso = value.trim().replace(' ', 'T');
            try {
                return iso.contains("T") ? LocalDateTime.parse(iso) : LocalDate.parse(iso).atStartOfDay();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value
                        + "' is not an ISO date (2024-11-27) or date-time (2024-11-27T14:30)");
            }
        }
    }

    public static final class GlobConverter implements ITypeConverter<Glob> {
        @Override
        public Glob convert(String value) {
            try {
                return Glob.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a valid glob pattern");
            }
        }
    }
}
