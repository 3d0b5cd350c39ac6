package com.awshiringbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AskedSentenceTest {

    @Test
    void theOnlySentenceEndingWithAQuestionMarkIsAsked() {
        assertEquals(Optional.of("STAR 기법이 뭐예요??"), AskedSentence.in("STAR 기법이 뭐예요?? 강의에서 들은거 같은데 기억이 안나요"));
        assertEquals(Optional.of("AWS는 새벽에 콜 오거나 그런거 없어?"),
                AskedSentence.in("통신사 8년차인데 온콜에 지쳤어. AWS는 새벽에 콜 오거나 그런거 없어?"));
        assertEquals(Optional.of("can i pick the interview time?"),
                AskedSentence.in("can i pick the interview time?\nim in a different timezone right now"));
    }

    @Test
    void withoutAQuestionMarkTheFirstSentenceIsAsked() {
        assertEquals(Optional.of("최종 결과까지 얼마나 걸리는지 궁금합니다."),
                AskedSentence.in("최종 결과까지 얼마나 걸리는지 궁금합니다. 계약 연장을 정해야 해서요."));
    }

    @Test
    void oneSentenceOrSeveralQuestionsAskNoOneSentence() {
        assertEquals(Optional.empty(), AskedSentence.in("루프면접 머임"));
        assertEquals(Optional.empty(), AskedSentence.in("EC2 t3.micro 한달 요금 얼마정도?"));
        assertEquals(Optional.empty(), AskedSentence.in("수습기간 있어? 몇개월?"));
        assertEquals(Optional.empty(), AskedSentence.in("루프면접 머임?? ㅋ"));
        assertEquals(Optional.empty(), AskedSentence.in(""));
    }
}
