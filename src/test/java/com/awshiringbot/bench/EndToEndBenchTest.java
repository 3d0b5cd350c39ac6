package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndToEndBenchTest {
    private static final String TOKEN = "4242:bench-test-token";
    private static final QuestionSet QUESTIONS = QuestionSet.of(List.of(
            new BenchQuestion("루프면접 머임", BenchQuestion.Kind.KOREAN, "loop-interview"),
            new BenchQuestion("What is the loop interview?", BenchQuestion.Kind.ENGLISH, "loop-interview"),
            new BenchQuestion("AWS 연봉 얼마야?", BenchQuestion.Kind.OUT_OF_SCOPE, null)));

    @Test
    void everyUpdateAnsweredOnceIsNeitherLostNorDuplicated() throws Exception {
        try (BenchBotApi api = BenchBotApi.start(TOKEN);
                PollingFakeBot bot = new PollingFakeBot(api.url(), TOKEN, id -> false, Set.of())) {
            EndToEndResult result = new EndToEndBench(api, QUESTIONS).run(1000, 10, 3, 200, Duration.ofSeconds(5));

            assertEquals(30, result.updates());
            assertEquals(30, result.latency().count());
            assertEquals(0, result.lost());
            assertEquals(0, result.duplicated());
            assertTrue(result.latency().p50() <= result.latency().p95());
            assertTrue(result.latency().p99() <= result.latency().max());
            assertTrue(result.achievedRate() > 0);
        }
    }

    @Test
    void countsUnansweredUpdatesAsLostAndRepeatedRepliesAsDuplicated() throws Exception {
        try (BenchBotApi api = BenchBotApi.start(TOKEN);
                PollingFakeBot bot = new PollingFakeBot(api.url(), TOKEN, id -> id == 2 || id == 5, Set.of(3L))) {
            // The drain time runs out: the eight replies it waits for never all come.
            EndToEndResult result = new EndToEndBench(api, QUESTIONS).run(1000, 4, 2, 200, Duration.ofSeconds(3));

            assertEquals(8, result.updates());
            assertEquals(2, result.lost());
            assertEquals(1, result.duplicated());
            assertEquals(6, result.latency().count());
        }
    }

    @Test
    void withoutReplyParametersRepliesAreMatchedInOrderWithinTheirChat() {
        BenchBotApi.Offered a = new BenchBotApi.Offered(1, 7, 1, "a", 1_000);
        BenchBotApi.Offered b = new BenchBotApi.Offered(2, 8, 2, "b", 2_000);
        BenchBotApi.Offered c = new BenchBotApi.Offered(3, 7, 3, "c", 3_000);
        List<BenchBotApi.SentMessage> sent = List.of(
                new BenchBotApi.SentMessage(8, "B", 0, 2_500),
                new BenchBotApi.SentMessage(7, "A", 0, 4_000),
                new BenchBotApi.SentMessage(7, "C", 0, 9_000),
                new BenchBotApi.SentMessage(7, "again", 0, 9_500));

        EndToEndResult result = EndToEndBench.match(List.of(a, b, c), sent, 25, 25, 2, 2);

        assertEquals(new LatencySummary(3, 3_000, 6_000, 6_000, 6_000), result.latency());
        assertEquals(0, result.lost());
        assertEquals(1, result.duplicated());
    }
}
