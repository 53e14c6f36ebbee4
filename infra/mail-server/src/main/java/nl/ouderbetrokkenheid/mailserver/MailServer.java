package nl.ouderbetrokkenheid.mailserver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local mail server: a real SMTP server (GreenMail) that accepts every mail on 127.0.0.1, and a small HTTP
 * mailbox where the developer reads what the portal sent: {@code GET /} (a page), {@code GET /api/messages} (JSON),
 * {@code DELETE /api/messages} (empty it). Arguments: {@code --smtp-port=2525 --http-port=8025}.
 */
public final class MailServer {

	private MailServer() {
	}

	public static void main(String[] args) throws Exception {
		int smtpPort = intArg(args, "--smtp-port=", 2525);
		int httpPort = intArg(args, "--http-port=", 8025);
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
		JsonMapper json = JsonMapper.builder().build();
		http.createContext("/api/messages", exchange -> {
			if ("DELETE".equals(exchange.getRequestMethod())) {
				try {
					smtp.purgeEmailFromAllMailboxes();
				}
				catch (Exception ex) {
					send(exchange, 500, "text/plain", String.valueOf(ex.getMessage()));
					return;
				}
				send(exchange, 204, "application/json", "");
				return;
			}
			send(exchange, 200, "application/json", json.writeValueAsString(messages(smtp)));
		});
		http.createContext("/health", exchange -> send(exchange, 200, "text/plain", "ok"));
		http.createContext("/", exchange -> send(exchange, 200, "text/html; charset=utf-8", page(messages(smtp))));
		http.start();
		System.out.printf("Mail server: SMTP on 127.0.0.1:%d, mailbox on http://127.0.0.1:%d%n", smtpPort, httpPort);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			http.stop(0);
			smtp.stop();
			stopped.countDown();
		}));
		stopped.await();
	}

	private static List<Map<String, Object>> messages(GreenMail smtp) {
		List<Map<String, Object>> result = new ArrayList<>();
		MimeMessage[] received = smtp.getReceivedMessages();
		for (int i = received.length - 1; i >= 0; i--) {
			MimeMessage message = received[i];
			try {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("id", message.getMessageID());
				item.put("from", GreenMailUtil.getAddressList(message.getFrom()));
				item.put("to", GreenMailUtil.getAddressList(message.getRecipients(Message.RecipientType.TO)));
				item.put("subject", message.getSubject());
				item.put("receivedAt", (message.getReceivedDate() != null) ? message.getReceivedDate().toInstant().toString()
						: null);
				List<String> attachments = new ArrayList<>();
				item.put("text", text(message.getContent(), attachments));
				item.put("attachments", attachments);
				result.add(item);
			}
			catch (MessagingException | IOException ex) {
				result.add(Map.of("error", String.valueOf(ex.getMessage())));
			}
		}
		return result;
	}

	private static String text(Object content, List<String> attachments) throws MessagingException, IOException {
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (part.getFileName() != null) {
					attachments.add(part.getFileName() + " (" + part.getContentType().split(";")[0] + ")");
				}
				else {
					text.append(text(part.getContent(), attachments));
				}
			}
			return text.toString();
		}
		return "";
	}

	private static String page(List<Map<String, Object>> messages) {
		StringBuilder html = new StringBuilder("""
				<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mailbox (lokaal)</title>
				<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
				article{border:1px solid #888;border-radius:.5rem;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}</style>
				</head><body><main><h1>Mailbox (lokaal)</h1>
				""");
		html.append("<p>").append(messages.size()).append(" berichten. JSON: <a href=\"/api/messages\">/api/messages</a></p>");
		for (Map<String, Object> message : messages) {
			html.append("<article><h2>").append(escape(message.get("subject"))).append("</h2>");
			html.append("<p>Aan: ").append(escape(message.get("to"))).append("<br>Van: ").append(escape(message.get("from")));
			html.append("<br>Ontvangen: ").append(escape(message.get("receivedAt"))).append("</p>");
			html.append("<p>Bijlagen: ").append(escape(message.get("attachments"))).append("</p>");
			html.append("<pre>").append(escape(message.get("text"))).append("</pre></article>");
		}
		return html.append("</main></body></html>").toString();
	}

	private static String escape(Object value) {
		return String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static int intArg(String[] args, String prefix, int fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return Integer.parseInt(arg.substring(prefix.length()));
			}
		}
		return fallback;
	}

}
