package crossover.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a person may type into a number field. */
class NumberTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "40|40", "20,000|20000", "2.5|2.5", "-4|-4", "−4|-4", "+7|7", "1e6|1000000", "3.6M|3600000",
        "20k|20000", "1.2B|1200000000", "$3|3", "30 %|30", " 0.3 |0.3", ".5|0.5", "0|0", "1,500|1500", "12,000,000|12000000",
        "1,500.25|1500.25"})
    void typedNumbersAreRead(String typed, double value) {
        assertThat(NumberText.parse(typed)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "4-", "1e", "--4", "2.5.1", "NaN", "Infinity", "1e999", "2,5", "0,3", "12,34,5",
        "1,50", "1500,"})
    void anythingElseIsNotANumber(String typed) {
        assertThat(NumberText.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2,5|2.5", "0,3|0.3", "$2,75|2.75", "12,34,5|1234.5"})
    void aDecimalCommaIsRefusedWithASentenceThatSaysToUseAPoint(String typed, String meant) {
        assertThat(NumberText.parse(typed)).isEmpty();
        assertThat(NumberText.whyNot(typed)).startsWith("Use a point for decimals: ").contains(meant + " ");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e15, 1e18, 1e21, -2.5e22, 1.7976931348623157e308, 1e-7, -3.25e-9, 4.9e-324})
    void aFieldShowsHugeAndTinyValuesInDigitsThatReadBack(double value) {
        String shown = NumberText.format(value);
        assertThat(shown).doesNotContainIgnoringCase("e");
        assertThat(NumberText.parse(shown)).hasValue(value);
    }
}
