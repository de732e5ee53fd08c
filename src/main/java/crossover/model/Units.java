package crossover.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The unit conventions of COST-MODEL.md and the plain-text formatting of figures in sentences. */
public final class Units {

    /** A month is 30 days (the convention of the source material). */
    public static final double DAYS_PER_MONTH = 30;
    /** A month is 720 hours. */
    public static final double HOURS_PER_MONTH = 720;
    /** API prices are per million tokens. */
    public static final double TOKENS_PER_MTOK = 1e6;

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    /** Building a DecimalFormat costs microseconds and sentences are rebuilt on every slider move: keep them. */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Units() {
    }

    /** A number as typed, without exponent or trailing zeros: {@code 0.3}, {@code 100}, {@code -100}. */
    public static String plain(double value) {
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s.length() <= 24 ? s : Double.toString(value);
    }

    /** A number as typed, with thousands separators for whole numbers: {@code 20,000}, {@code 0.3}, {@code 2.5}. */
    public static String grouped(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return format("#,##0", value + 0.0);
        }
        return plain(value);
    }

    /** A large count with three significant figures and a suffix: {@code 3.6 B}, {@code 600 M}, {@code 80 k}. */
    public static String compact(double value) {
        double a = Math.abs(value);
        if (a >= 1e15) {
            return format("0.##E0", value);
        }
        String[] suffix = {"", " k", " M", " B", " T"};
        int i = 0;
        double scaled = value;
        while (Math.abs(scaled) >= 999.5 && i < suffix.length - 1) {
            scaled /= 1000;
            i++;
        }
        return significant(scaled) + suffix[i];
    }

    /** Tokens per month, e.g. {@code 3.6 B tokens/month}. */
    public static String tokensPerMonth(double tokens) {
        return compact(tokens) + " tokens/month";
    }

    /** Requests per day, e.g. {@code 80 k requests/day}. */
    public static String requestsPerDay(double requests) {
        return compact(requests) + " requests/day";
    }

    /** Dollars for a sentence: {@code $0.30}, {@code $1,800}, {@code $1.25 M}. */
    public static String dollars(double value) {
        double a = Math.abs(value);
        String digits = a >= 1e6 ? compact(a) : format(a >= 100 || a == Math.rint(a) ? "#,##0" : "#,##0.00", a);
        // A negative amount that rounds to zero is no loss: no sign.
        boolean negative = value < 0 && digits.chars().anyMatch(c -> c >= '1' && c <= '9');
        return (negative ? "−" : "") + "$" + digits;
    }

    /** A price per million tokens, e.g. {@code $0.625/MTok}. */
    public static String perMTok(double price) {
        String digits = format(price < 0.01 && price > 0 ? "0.#####" : "0.00##", price);
        return "$" + digits + "/MTok";
    }

    /** A fraction as a percentage with no decimals below 10 % shown as one, e.g. {@code 41 %}, {@code 2.5 %}. */
    public static String percent(double fraction) {
        double p = fraction * 100;
        if (p > 0 && p < 0.1) {
            return "< 0.1 %";
        }
        String pattern = Math.abs(p) < 9.95 && p != Math.rint(p) ? "0.#" : "#,##0";
        return format(pattern, p) + " %";
    }

    /**
     * A ratio such as {@code 6.0×}; beyond a thousand only {@code more than 1,000×} (a ratio of trillions reads as
     * noise, and one over zero would read as infinity).
     */
    public static String times(double ratio) {
        if (!(ratio <= MAX_RATIO)) {
            return "more than " + format("#,##0", MAX_RATIO) + "×";
        }
        return format(ratio >= 100 ? "#,##0" : ratio < 1.1 ? "0.00" : "0.0", ratio) + "×";
    }

    /** The largest ratio {@link #times} spells out. */
    private static final double MAX_RATIO = 1000;

    /** Formats with a cached pattern; a negative zero, or a negative value that rounds to zero, shows as zero. */
    private static String format(String pattern, double value) {
        String s = FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, SYMBOLS)).format(value);
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    private static String significant(double v) {
        double a = Math.abs(v);
        String pattern = a >= 100 ? "0" : a >= 10 ? "0.#" : "0.##";
        return format(pattern, v);
    }
}
