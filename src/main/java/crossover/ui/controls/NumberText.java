package crossover.ui.controls;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How numbers look in input fields and what a person may type: {@code 10,000}, {@code 10000}, {@code 2.5},
 * {@code 1e6}, {@code 3.6M}, {@code 20k}, {@code 1.2B}, with or without a leading {@code $} or trailing {@code %}.
 */
public final class NumberText {

    /** A comma only between groups of three digits (1,500 and 12,000,000): never a decimal comma. */
    private static final Pattern NUMBER = Pattern.compile("\\s*\\$?\\s*([+\\-−]?)\\s*"
            + "((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9][0-9_]*)(?:\\.[0-9]*)?|\\.[0-9]+)"
            + "(?:[eE]([+-]?[0-9]{1,3}))?\\s*([kKmMbB]?)\\s*%?\\s*");
    /** What a person may have meant with a comma for the decimal point: "2,5", "0,3". */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\s*\\$?\\s*[+\\-−]?\\s*[0-9][0-9,]*,[0-9]*\\s*[kKmMbB]?\\s*%?\\s*");
    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private NumberText() {
    }

    /** The value typed, or empty if it is not a number. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        String digits = m.group(2).replace(",", "").replace("_", "");
        String exponent = m.group(3) == null ? "" : "E" + m.group(3);
        try {
            BigDecimal v = new BigDecimal(digits + exponent);
            v = switch (m.group(4).toLowerCase(Locale.ROOT)) {
                case "k" -> v.scaleByPowerOfTen(3);
                case "m" -> v.scaleByPowerOfTen(6);
                case "b" -> v.scaleByPowerOfTen(9);
                default -> v;
            };
            double d = v.doubleValue();
            if (!m.group(1).isEmpty() && !m.group(1).equals("+")) {
                d = -d;
            }
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Why a text is not a number, in one sentence: a decimal comma gets "Use a point for decimals: 2.5.", anything
     * else what may be typed.
     */
    public static String whyNot(String text) {
        String t = text == null ? "" : text.strip();
        if (DECIMAL_COMMA.matcher(t).matches()) {
            int last = t.lastIndexOf(',');
            String meant = t.substring(0, last).replace(",", "") + "." + t.substring(last + 1);
            return "Use a point for decimals: " + meant + " (a comma only separates thousands, as in 10,000).";
        }
        return "\u201C" + t + "\u201D is not a number. Type e.g. 2.5, 10,000 or 3.6M; Esc restores.";
    }

    /**
     * A value as the field shows it: grouped digits, up to six decimals, never an exponent (a person reads
     * {@code 1,000,000,000,000,000,000}, not {@code 1.0E18}); what it shows reads back as the same value.
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value != 0 && Math.abs(value) < 1e-6) {
            return BigDecimal.valueOf(value).toPlainString();
        }
        return new DecimalFormat("#,##0.######", ROOT).format(value);
    }
}
