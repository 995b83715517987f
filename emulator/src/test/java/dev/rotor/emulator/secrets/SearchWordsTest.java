package dev.rotor.emulator.secrets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "test | test",
            "my test | my test",
            "Mytest | mytest",
            "MyTest | my test",
            "MyTestPhrase | my test phrase",
            "myTest | my test",
            "my/test | my test",
            "SecretTwo | secret two",
            "SecretFTag | secret f tag",
            "uat/COMPANY/x1 | uat company x1",
            "uat/COMPANYthings/x1 | uat compan ythings x1",
            "prod_AppBeta+u=v.w@x-y | prod app beta u v w x y",
            "One3fa2b1 | one3fa2b1"})
    void text_splits_at_separators_and_at_case_changes_and_an_all_capitals_run_is_one_word(String text, String words) {
        assertThat(SearchWords.of(text)).isEqualTo(Arrays.asList(words.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({"+", "/", "' '", "-_=.@"})
    void separators_alone_hold_no_words(String text) {
        assertThat(SearchWords.of(text)).isEqualTo(List.of());
    }
}
