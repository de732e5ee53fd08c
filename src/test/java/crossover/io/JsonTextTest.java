package crossover.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict reader's refusals that it finds itself rather than by reading Jackson's messages: each one's sentence
 * and the place it points at, which is where the offending token starts.
 */
class JsonTextTest {

    private final JsonText json = new JsonText("a test file", 1 << 20);

    private ScenarioFileException refused(String text) {
        return catchThrowableOfType(ScenarioFileException.class,
                () -> json.parse("t.json", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRepeatedKeyIsRefusedAtTheRepetition() {
        String text = "{\n  \"a\": {\"b\": 1,\n    \"b\": 2}\n}";

        ScenarioFileException e = refused(text);

        assertThat(e.getMessage())
                .isEqualTo("line 3, column 5: not valid JSON: the key 'b' appears twice in the same object.");
    }

    @Test
    void theSameKeyInTwoObjectsIsNoRepetition() throws ScenarioFileException {
        Json root = json.parse("t.json", "{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}".getBytes(StandardCharsets.UTF_8));

        assertThat(((Json.Obj) root).members()).containsOnlyKeys("a", "c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+Infinity", "-INF"})
    void aNonFiniteNumberIsRefusedByNameWhereItStarts(String token) {
        ScenarioFileException e = refused("{\"a\": [1,\n  " + token + "]}");

        assertThat(e.getMessage()).isEqualTo("line 2, column 3: not valid JSON: Non-standard token '" + token
                + "': only finite numbers are allowed.");
    }

    @Test
    void nestingDeeperThan32LevelsIsRefusedAtTheFirstBracketTooMany() {
        String text = "{\"a\": " + "[".repeat(32) + "]".repeat(32) + "}";

        ScenarioFileException e = refused(text);

        // The object is level 1; the 32nd bracket, at column 7 + 31, is level 33.
        assertThat(e.getMessage()).isEqualTo("line 1, column 38: nested more than 32 levels deep; a test file is at "
                + "most a few levels deep.");
    }

    @Test
    void nestingOf32LevelsIsRead() throws ScenarioFileException {
        String text = "{\"a\": " + "[".repeat(31) + "]".repeat(31) + "}";

        assertThat(json.parse("t.json", text.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Json.Obj.class);
    }

    @Test
    void aNumberOfMoreThan100CharactersIsRefusedWithItsFieldWhereItStarts() {
        ScenarioFileException e = refused("{\"a\": {\"b\": 0." + "1".repeat(99) + "}}");

        assertThat(e.field()).hasValue("a.b");
        assertThat(e.getMessage()).isEqualTo("line 1, column 13: a.b: a number longer than 100 characters; write it "
                + "with at most 17 significant digits.");
    }

    @Test
    void aNumberOf100CharactersIsRead() throws ScenarioFileException {
        Json root = json.parse("t.json", ("{\"b\": 0." + "1".repeat(98) + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(((Json.Obj) root).members().get("b")).isInstanceOf(Json.Num.class);
    }

    @Test
    void anExponentBeyondAnyNumberIsRefusedWhereItStarts() {
        ScenarioFileException e = refused("{\"b\": 1e9999999999}");

        assertThat(e.getMessage())
                .isEqualTo("line 1, column 7: not valid JSON: the number 1e9999999999 is out of range.");
    }

    @Test
    void aKeyLongerThanJacksonsDefaultLimitIsReadLikeAnyOther() throws ScenarioFileException {
        String key = "k".repeat(60_000);

        Json root = json.parse("t.json", ("{\"" + key + "\": 1}").getBytes(StandardCharsets.UTF_8));

        assertThat(((Json.Obj) root).members()).containsOnlyKeys(key);
    }

    @Test
    void aFileThatStopsInsideAStringEndsTooEarly() {
        ScenarioFileException e = refused("{\"a\": \"abc");

        assertThat(e.getMessage()).endsWith("not valid JSON: the file ends too early; it may be truncated.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1,\n  ", "[1, 2,", "{\"a\": [1, 2], ", "{\"a\""})
    void aFileThatStopsAfterACommaOrAKeyEndsTooEarly(String text) {
        assertThat(refused(text).getMessage())
                .endsWith("not valid JSON: the file ends too early; it may be truncated.");
    }

    @Test
    void anUnknownWordAtTheEndIsNamedNotCalledATruncation() {
        assertThat(refused("{\"a\": tru").getMessage()).contains("Unrecognized token 'tru'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"// note\n{}", "{\"a\": 1 /* note */}", "{\"a\": [1, /x]}"})
    void aSlashWhereJsonHasNoneIsRefusedAsAComment(String text) {
        assertThat(refused(text).getMessage()).endsWith("not valid JSON: comments are not allowed in JSON.");
    }

    @Test
    void syntaxErrorsNameNoSwitchOfTheParserAndOfferNoNonFiniteNumbers() {
        String plus = refused("{\"a\": +1}").getMessage();
        String missing = refused("{\"a\": [1,]}").getMessage();

        assertThat(plus).isEqualTo("line 1, column 8: not valid JSON: Unexpected character ('+' (code 43)) in "
                + "numeric value: JSON spec does not allow numbers to have plus signs.");
        assertThat(missing).contains("expected a valid value").doesNotContain("NaN").doesNotContain("INF");
    }
}
