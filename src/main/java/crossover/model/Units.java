package crossover.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /** Superscript digits 0 to 9, then the superscript minus. */
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    /** Building a DecimalFormat costs microseconds and sentences are rebuilt on every slider move: keep them. */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Units() {
    }

    /**
     * A number as typed, without trailing zeros: {@code 0.3}, {@code 100}, {@code -100}; one too long to read
     * digit by digit (over 24 characters) keeps all its digits as a power of ten: {@code 1 × 10³⁰⁰}.
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        String s = exact.toPlainString();
        return s.length() <= 24 ? s : powerOfTen(exact);
    }

    /** A number as typed, with thousands separators for whole numbers: {@code 20,000}, {@code 0.3}, {@code 2.5}. */
    public static String grouped(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e21) {
            return format("#,##0", value + 0.0);
        }
        return plain(value);
    }

    /**
     * A count with three significant figures and a suffix: {@code 3.6 B}, {@code 600 M}, {@code 80 k},
     * {@code 0.25}; past the trillions, and below a ten-thousandth, a power of ten: {@code 2.22 × 10²⁷}.
     */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        String[] suffix = {"", " k", " M", " B", " T"};
        int i = 0;
        double scaled = value;
        while (Math.abs(scaled) >= 999.5 && i < suffix.length - 1) {
            scaled /= 1000;
            i++;
        }
        double a = Math.abs(scaled);
        if (a >= 999.5 || a != 0 && a < 1e-4) {
            return powerOfTen(round(value, 3));
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

    /** Dollars for a sentence: {@code $0.30}, {@code $1,800}, {@code $1.25 M}, {@code $9.89 × 10²⁴}. */
    public static String dollars(double value) {
        double a = Math.abs(value);
        String sign = value < 0 ? "−" : "";
        if (a >= 1e6 || Double.isNaN(a)) {
            return sign + "$" + compact(a);
        }
        if (a >= 100 || a == Math.rint(a)) {
            return sign + "$" + format("#,##0", a);
        }
        return sign + "$" + format("#,##0.00", a);
    }

    /** Dollars on a chart's axis, three significant figures at most: {@code $0.05}, {@code $250}, {@code $1.5M}. */
    public static String dollarsShort(double value) {
        if (value == 0) {
            return "$0";
        }
        String digits = compact(Math.abs(value));
        // The suffix sits close on an axis; a power of ten keeps its spaces around "×" to stay legible.
        return (value < 0 ? "−" : "") + "$" + (digits.contains("×") ? digits : digits.replace(" ", ""));
    }

    /**
     * A price per million tokens with four significant figures at most, cents below $100:
     * {@code $0.625/MTok}, {@code $2.50/MTok}, {@code $4.167/MTok}, {@code $4.17 M/MTok}.
     */
    public static String perMTok(double price) {
        return price(price) + "/MTok";
    }

    /** A fraction as a percentage with no decimals below 10 % shown as one, e.g. {@code 41 %}, {@code 2.5 %}. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return nonFinite(fraction) + " %";
        }
        double p = fraction * 100;
        if (p > 0 && p < 0.1) {
            return "< 0.1 %";
        }
        if (!Double.isFinite(p)) {
            return powerOfTen(round(fraction, 3).scaleByPowerOfTen(2)) + " %";
        }
        if (Math.abs(p) >= 1e6) {
            return compact(p) + " %";
        }
        String pattern = Math.abs(p) < 9.95 && p != Math.rint(p) ? "0.#" : "#,##0";
        return format(pattern, p) + " %";
    }

    /** A ratio such as {@code 6.0×}, {@code 250×}, {@code 2.4 × 10¹⁶ times}. */
    public static String times(double ratio) {
        if (!Double.isFinite(ratio)) {
            return nonFinite(ratio) + "×";
        }
        if (Math.abs(ratio) >= 100) {
            String digits = compact(ratio);
            // "2.4 × 10¹⁶×" would read as a typo: a power of ten takes the word.
            return digits + (digits.contains("×") ? " times" : "×");
        }
        return format(ratio < 1.1 ? "0.00" : "0.0", ratio) + "×";
    }

    private static String format(String pattern, double value) {
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, SYMBOLS)).format(value);
    }

    private static String significant(double v) {
        double a = Math.abs(v);
        if (a < 1) {
            return round(v, 3).toPlainString();
        }
        String pattern = a >= 100 ? "0" : a >= 10 ? "0.#" : "0.##";
        return format(pattern, v);
    }

    private static String price(double price) {
        double a = Math.abs(price);
        String sign = price < 0 ? "−" : "";
        if (a == 0) {
            return "$0.00";
        }
        if (!Double.isFinite(a)) {
            return sign + "$" + compact(a);
        }
        BigDecimal r = round(a, 4);
        if (r.compareTo(BigDecimal.valueOf(10_000)) >= 0 || a < 1e-6) {
            return sign + "$" + compact(a);
        }
        // Cents below $100, as prices are quoted ($2.50, $15.00); above, cents would be a fifth figure.
        boolean cents = r.compareTo(BigDecimal.valueOf(100)) < 0;
        return sign + "$" + format(cents ? "#,##0.00########" : "#,##0.##", r.doubleValue());
    }

    /** What stands for a figure that is no number: a division by zero upstream, never a typed value. */
    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "n/a" : v > 0 ? "∞" : "−∞";
    }

    /** A finite value to {@code digits} significant figures, trailing zeros dropped. */
    private static BigDecimal round(double value, int digits) {
        BigDecimal r = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** {@code 1.23 × 10¹⁵}: the digits of a number in scientific form, with the exponent as superscript digits. */
    private static String powerOfTen(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        int exponent = v.precision() - v.scale() - 1;
        String mantissa = v.movePointLeft(exponent).toPlainString().replace('-', '−');
        StringBuilder s = new StringBuilder(mantissa).append(" × 10");
        for (char c : Integer.toString(exponent).toCharArray()) {
            s.append(SUPERSCRIPT.charAt(c == '-' ? 10 : c - '0'));
        }
        return s.toString();
    }
}
