package com.awshiringbot.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The telegrambots 10.2.0 client and long polling work against the local server, and fail the way it is told. */
class LocalBotApiWithTelegramBotsTest {

    private final LocalBotApi api = LocalBotApi.start();
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private final TelegramUrl url = new TelegramUrl("http", "127.0.0.1", api.port(), false);
    private final OkHttpTelegramClient client = new OkHttpTelegramClient(http, LocalBotApi.TOKEN, url);

    @AfterEach
    void stop() {
        api.close();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    @Test
    void theClientSendsLowerCaseMethodsAndGetsTheMessageBack() throws Exception {
        api.pushText(7, "hi");
        Message sent = client.execute(SendMessage.builder().chatId(7L).text("안녕하세요").build());
        assertEquals("안녕하세요", sent.getText());
        ApiCall call = api.takeDelivered("sendMessage");
        assertEquals("sendMessage", call.method());
        assertEquals("안녕하세요", call.text());
    }

    @Test
    void tooManyRequestsSurfacesAsErrorCode429WithRetryAfter() {
        api.pushText(7, "hi");
        api.fault("sendMessage", Fault.tooManyRequests(2));
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId(7L).text("x").build()));
        assertEquals(429, e.getErrorCode());
        assertEquals(2, e.getParameters().getRetryAfter());
    }

    @Test
    void anHtmlBadGatewaySurfacesAsErrorCodeZero() {
        api.pushText(7, "hi");
        api.fault("sendMessage", Fault.badGateway());
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId(7L).text("x").build()));
        assertEquals(0, e.getErrorCode());
    }

    @Test
    void aDroppedConnectionSurfacesAsAnIoCause() {
        api.pushText(7, "hi");
        api.fault("sendMessage", Fault.dropConnection());
        TelegramApiException e = assertThrows(TelegramApiException.class,
                () -> client.execute(SendMessage.builder().chatId(7L).text("x").build()));
        assertInstanceOf(IOException.class, e.getCause());
        assertEquals(1, api.calls("sendMessage").size());
    }

    @Test
    void longPollingReceivesUpdatesAndConfirmsThemWithTheNextOffset() throws Exception {
        LinkedBlockingQueue<Update> received = new LinkedBlockingQueue<>();
        Pushed pushed = api.pushText(7, "질문");
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor();
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> polling);
        try {
            app.registerBot(LocalBotApi.TOKEN, () -> url,
                    offset -> GetUpdates.builder().offset(offset + 1).timeout(1).build(), received::addAll);
            Update update = received.poll(10, TimeUnit.SECONDS);
            assertEquals(pushed.updateId(), update.getUpdateId());
            assertEquals("질문", update.getMessage().getText());
            api.awaitConfirmed(pushed.updateId());
        } finally {
            app.close();
            polling.shutdownNow();
        }
        assertEquals(List.of("deleteWebhook", "getUpdates"), api.calls().stream().map(ApiCall::method).distinct().limit(2).toList());
    }
}
