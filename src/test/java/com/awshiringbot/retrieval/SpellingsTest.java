package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingsTest {
    private static final Spellings SPELLINGS = Spellings.of(Map.of(
            "u", "you", "ya", "you", "r", "are", "wat", "what", "whats", "what is",
            "어케", "어떻게", "어캐", "어떻게", "머임", "뭐야"));

    @Test
    void latinFormsAreWholeWordsInAnyCase() {
        assertEquals("what are you doing", SPELLINGS.apply("wat r u doing"));
        assertEquals("what are the LPs", SPELLINGS.apply("WAT r the LPs"));
        assertEquals("what is a loop", SPELLINGS.apply("whats a loop"));
    }

    @Test
    void aFormThatStandsForChatNoiseLeavesNothingToMatch() {
        Spellings laughter = Spellings.of(Map.of("lol", "ㅋㅋ"));
        assertEquals("can u tell me ", laughter.apply("can u tell me lol"));
    }

    @Test
    void aCapitalLetterAloneIsAnInitialNotChatSpeak() {
        assertEquals("R 파트엔 뭘 말해요", SPELLINGS.apply("R 파트엔 뭘 말해요"));
        assertEquals("what goes in the R of STAR", SPELLINGS.apply("wat goes in the R of STAR"));
    }

    @Test
    void latinFormsInsideOtherWordsAreLeftAlone() {
        assertEquals("run your rounds", SPELLINGS.apply("run your rounds"));
        assertEquals("u2", SPELLINGS.apply("u2"));
        assertEquals("you're", SPELLINGS.apply("you're"));
    }

    @Test
    void hangulFormsMatchWithEndingsAndWithoutSpaces() {
        assertEquals("루프 준비 어떻게함", SPELLINGS.apply("루프 준비 어케함"));
        assertEquals("LP뭐야?", SPELLINGS.apply("LP머임?"));
        assertEquals("면접 어떻게 봐요", SPELLINGS.apply("면접 어캐 봐요"));
    }

    @Test
    void textWithoutChatSpellingsIsReturnedAsItIs() {
        String text = "루프 면접이 뭐예요?";
        assertSame(text, SPELLINGS.apply(text));
        assertSame(text, Spellings.of(Map.of()).apply(text));
        assertSame(text, Spellings.NONE.apply(text));
    }
}
