package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

    @Test
    void eachKindEncodesShortAndParsesBack() {
        assertEquals(Optional.of("e:loop-interview"), CallbackData.entry("loop-interview").encode());
        assertEquals(Optional.of("s:loop-interview"), CallbackData.stage("loop-interview").encode());
        assertEquals(Optional.of("m:faq"), CallbackData.menu(Menu.FAQ).encode());
        assertEquals(Optional.of("p:lp:3"), CallbackData.page(Menu.LEADERSHIP, 3).encode());
        assertEquals(Optional.of("v:star-method:0"), CallbackData.vote("star-method", false).encode());
        assertEquals(Optional.of("x"), CallbackData.noop().encode());
        for (CallbackData data : new CallbackData[] {CallbackData.entry("a-1"), CallbackData.stage("b"),
                CallbackData.menu(Menu.CULTURE), CallbackData.page(Menu.STAGES, 12), CallbackData.vote("c", true),
                CallbackData.noop()}) {
            assertEquals(Optional.of(data), CallbackData.parse(data.encode().orElseThrow()));
        }
    }

    @Test
    void dataOverSixtyFourBytesIsNotMade() {
        String id = "a".repeat(60);
        assertEquals(64, CallbackData.vote(id, true).encode().orElseThrow().length());
        assertEquals(Optional.empty(), CallbackData.vote(id + "b", true).encode());
        assertEquals(Optional.empty(), CallbackData.entry("x".repeat(63)).encode());
    }

    @Test
    void anythingElseIsNotUnderstood() {
        for (String junk : new String[] {null, "", "루프 면접이 뭐예요?", "e:", "e:UPPER", "e:a:1", "p:faq", "p:faq:-1",
                "v:a:2", "v:a", "q:a", "x:1", "e:a b", "e:" + "a".repeat(61)}) {
            assertEquals(Optional.empty(), CallbackData.parse(junk), String.valueOf(junk));
        }
    }
}
