package crossover.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a person reads: no {@code E} notation, no "Infinity" or "NaN" for a finite number, prices with at most four
 * significant figures, and every figure reading back as the number it stands for (issue 13, item 11).
 */
class NumbersReadLikeMoneyTest {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
    /** A sign, a dollar, digits with separators, then a suffix or a power of ten with superscript digits. */
    private static final Pattern FIGURE = Pattern.compile(
            "([−-])?\\$?([0-9][0-9,]*(?:\\.[0-9]+)?)(?: ?([kMBT])(?![a-z])| × 10([" + SUPERSCRIPTS + "]+))?");

    private static final List<DoubleFunction<String>> EVERY_FORM = List.of(Units::plain, Units::grouped,
            Units::compact, Units::dollars, Units::dollarsShort, Units::perMTok, Units::percent, Units::times,
            Units::tokensPerMonth, Units::requestsPerDay);

    @Property(tries = 1000)
    void noFiniteNumberIsShownInENotationOrAsInfinityOrNaN(@ForAll("finite") double v) {
        for (DoubleFunction<String> form : EVERY_FORM) {
            String shown = form.apply(v);
            assertThat(shown).as("%s", v).doesNotContain("E", "Infinity", "NaN", "∞", "\uFFFD").isNotBlank();
        }
    }

    @Property(tries = 1000)
    void pricesKeepAtMostFourSignificantFiguresAndReadBackWithinTheirRounding(@ForAll("finite") double v) {
        String price = Units.perMTok(v);
        assertThat(price).endsWith("/MTok");
        assertThat(significantFigures(price)).as(price).isLessThanOrEqualTo(4);
        assertRoundedFrom(v, price);

        String axis = Units.dollarsShort(v);
        assertThat(significantFigures(axis)).as(axis).isLessThanOrEqualTo(3);
        assertRoundedFrom(v, axis);
    }

    @Property(tries = 1000)
    void dollarsAreWholeOrCentsBelowAMillionAndThreeFiguresAbove(@ForAll("finite") double v) {
        String shown = Units.dollars(v);
        if (Math.abs(v) >= 1e6) {
            assertThat(significantFigures(shown)).as(shown).isLessThanOrEqualTo(3);
        } else {
            assertThat(shown).as(shown).doesNotMatch(".*\\.\\d{3,}.*");
        }
        assertRoundedFrom(v, shown);
    }

    @Property(tries = 1000)
    void countsKeepThreeSignificantFiguresAndReadBackWithinTheirRounding(@ForAll("finite") double v) {
        String shown = Units.compact(v);
        assertThat(significantFigures(shown)).as(shown).isLessThanOrEqualTo(3);
        assertRoundedFrom(v, shown);
    }

    @Property(tries = 1000)
    void aNumberAsTypedReadsBackExactly(@ForAll("finite") double v) {
        assertThat(readBack(Units.plain(v)).doubleValue()).as(Units.plain(v)).isEqualTo(v + 0.0);
        assertThat(readBack(Units.grouped(v)).doubleValue()).as(Units.grouped(v)).isEqualTo(v + 0.0);
    }

    @Example
    void absurdFiguresReadAsPowersOfTenAndPricesAsQuoted() {
        assertThat(Units.dollars(9.89e24)).isEqualTo("$9.89 × 10²⁴");
        assertThat(Units.requestsPerDay(2.22e27)).isEqualTo("2.22 × 10²⁷ requests/day");
        assertThat(Units.compact(999.6e12)).isEqualTo("1 × 10¹⁵");
        assertThat(Units.compact(999.4e12)).isEqualTo("999 T");
        assertThat(Units.plain(1e300)).isEqualTo("1 × 10³⁰⁰");
        assertThat(Units.plain(-4.9e-324)).isEqualTo("−4.9 × 10⁻³²⁴");
        assertThat(Units.perMTok(4_166_666.6667)).isEqualTo("$4.17 M/MTok");
        assertThat(Units.perMTok(4.1666667)).isEqualTo("$4.167/MTok");
        assertThat(Units.perMTok(0.3)).isEqualTo("$0.30/MTok");
        assertThat(Units.perMTok(0.625)).isEqualTo("$0.625/MTok");
        assertThat(Units.perMTok(15)).isEqualTo("$15.00/MTok");
        assertThat(Units.perMTok(1234.56)).isEqualTo("$1,235/MTok");
        assertThat(Units.dollarsShort(1_500_000)).isEqualTo("$1.5M");
        assertThat(Units.dollarsShort(0.05)).isEqualTo("$0.05");
        assertThat(Units.dollarsShort(3e18)).isEqualTo("$3 × 10¹⁸");
        assertThat(Units.times(250)).isEqualTo("250×");
    }

    @Example
    void aFigureThatIsNoNumberIsShownWithoutFailing() {
        for (double v : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            for (DoubleFunction<String> form : EVERY_FORM) {
                assertThat(form.apply(v)).as("%s", v).isNotBlank().doesNotContain("E", "\uFFFD");
            }
        }
        assertThat(Units.times(Double.POSITIVE_INFINITY)).isEqualTo("more than 1,000×");
    }

    /** Doubles from their bit patterns (every exponent equally likely), and everyday magnitudes. */
    @Provide
    Arbitrary<Double> finite() {
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> everyday = Arbitraries.doubles().between(-1e7, 1e7).ofScale(6);
        Arbitrary<Double> edges = Arbitraries.of(0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
                Double.MIN_NORMAL, 999.5, 999_499.99, 999.5e12, 1e15, 99.995, 0.99995, 1e-4, 9.99949e-5, 1e-6);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, anyBits), net.jqwik.api.Tuple.of(4, everyday),
                net.jqwik.api.Tuple.of(1, edges));
    }

    /** The figure is the value rounded to its last shown digit: off by at most half a unit of that digit. */
    private static void assertRoundedFrom(double v, String shown) {
        BigDecimal read = readBack(shown);
        BigDecimal halfUnit = read.ulp().divide(BigDecimal.valueOf(2));
        // The formatter may round the shortest decimal of v rather than its exact binary value: allow 1e-12 of v.
        BigDecimal slack = new BigDecimal(v).abs().multiply(new BigDecimal("1e-12"));
        assertThat(read.subtract(new BigDecimal(v)).abs()).as("%s shown as %s", v, shown)
                .isLessThanOrEqualTo(halfUnit.add(slack));
    }

    private static Matcher figure(String shown) {
        Matcher m = FIGURE.matcher(shown);
        assertThat(m.find()).as("a figure in \"%s\"", shown).isTrue();
        return m;
    }

    /** The digits a reader sees in the figure, leading zeros not counted. */
    private static int significantFigures(String shown) {
        String digits = figure(shown).group(2).replace(",", "").replace(".", "").replaceFirst("^0+", "");
        return digits.length();
    }

    /** The number a reader takes from the figure, its last shown digit as its unit. */
    private static BigDecimal readBack(String shown) {
        Matcher m = figure(shown);
        BigDecimal n = new BigDecimal(m.group(2).replace(",", ""));
        if (m.group(3) != null) {
            n = n.scaleByPowerOfTen(3 * ("kMBT".indexOf(m.group(3)) + 1));
        }
        if (m.group(4) != null) {
            StringBuilder exponent = new StringBuilder();
            m.group(4).chars().forEach(c -> exponent.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c))));
            n = n.scaleByPowerOfTen(Integer.parseInt(exponent.toString()));
        }
        return m.group(1) != null ? n.negate() : n;
    }
}
