package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void aCommandHasANameAnOptionalBotAndArguments() {
        assertEquals(Optional.of(new Command("start", null, "")), Command.parse("/start"));
        assertEquals(Optional.of(new Command("start", "My_Bot", "loop-interview")), Command.parse("/START@My_Bot  loop-interview "));
        assertEquals(Optional.of(new Command("report", null, "7\nmore")), Command.parse("/report 7\nmore"));
    }

    @Test
    void textThatIsNotACommandIsNot() {
        assertEquals(Optional.empty(), Command.parse("루프 면접이 뭐예요?"));
        assertEquals(Optional.empty(), Command.parse("/루프"));
        assertEquals(Optional.empty(), Command.parse("/ start"));
        assertEquals(Optional.empty(), Command.parse("/start@"));
    }

    @Test
    void aCommandNamingAnotherBotIsForThatBot() {
        Command other = Command.parse("/start@other_bot").orElseThrow();
        assertTrue(other.forOtherBot("my_bot"));
        assertFalse(Command.parse("/start@MY_BOT").orElseThrow().forOtherBot("my_bot"));
        assertFalse(Command.parse("/start").orElseThrow().forOtherBot("my_bot"));
        assertEquals("/report 7", Command.parse("/report@my_bot 7").orElseThrow().withoutTarget());
    }
}
