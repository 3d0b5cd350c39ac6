package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

class ViewsTest {

    private final FakeCore core = new FakeCore();
    private final Views views = new Views(() -> core);

    @Test
    void aLongAnswerIsCutSoTheMessageStaysWithinTelegramsLimit() {
        Entry entry = core.knowledge().entry("star-method").orElseThrow();
        Reply reply = new Reply("q", Outcome.ANSWER, Language.KO, entry, "가<".repeat(3000), "출처: x", 1, List.of());
        String html = views.answer(reply).text();
        String visible = html.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "").replace("&lt;", "<");
        assertEquals(Views.MAX_TEXT, visible.length());
        assertTrue(visible.contains("<…\n\n출처: x"), visible.substring(visible.length() - 40));
    }

    @Test
    void anAdminReportIsSplitAtLineEndsIntoMessagesTelegramAccepts() {
        String report = ("line of the report\n").repeat(500);
        List<Outgoing> chunks = Views.plainChunks(report);
        assertEquals(3, chunks.size());
        chunks.forEach(c -> assertTrue(c.text().length() <= Views.MAX_TEXT && !c.html() && c.text().startsWith("line")));
        assertEquals(report.strip(), String.join("\n", chunks.stream().map(Outgoing::text).toList()).strip());
    }

    @Test
    void aPageOutOfRangeShowsTheNearestPage() {
        assertEquals("<b>FAQ</b> (page 2 of 2)\nTap a question to read the answer.", views.page(Menu.FAQ, 9, Language.EN).text());
        assertEquals("<b>FAQ</b> (page 1 of 2)\nTap a question to read the answer.", views.page(Menu.FAQ, -3, Language.EN).text());
    }

    @Test
    void thanksReplaceOnlyTheVoteRow() {
        InlineKeyboardMarkup stage = Keyboards.stage("stage-phone", core.knowledge().entry("stage-apply").orElseThrow(),
                core.knowledge().entry("loop-interview").orElseThrow(), Language.KO);
        InlineKeyboardMarkup thanked = Keyboards.thanked(stage, Language.KO);
        assertEquals(List.of(List.of("s:stage-apply", "s:loop-interview"), List.of("p:stages:0"), List.of("x")), data(thanked));
        assertEquals(List.of(List.of("x")), data(Keyboards.thanked(null, Language.EN)));
    }

    @Test
    void anAnswerWithoutRelatedEntriesHasOnlyTheVoteRow() {
        assertEquals(List.of(List.of("v:star-method:1", "v:star-method:0")),
                data(Keyboards.answer("star-method", List.of(), Language.KO)));
        assertNull(Keyboards.answer("x".repeat(61), List.of(), Language.KO), "no vote row when the id does not fit");
    }

    private static List<List<String>> data(InlineKeyboardMarkup markup) {
        return markup.getKeyboard().stream()
                .map((InlineKeyboardRow row) -> row.stream().map(InlineKeyboardButton::getCallbackData).toList())
                .toList();
    }
}
