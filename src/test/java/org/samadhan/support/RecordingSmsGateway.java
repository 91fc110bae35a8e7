package org.samadhan.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.samadhan.notification.SmsGateway;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Keeps every text message instead of sending it, so a test can read the citizen's code. */
public class RecordingSmsGateway implements SmsGateway {

	private final List<String[]> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(String mobile, String text) {
		sent.add(new String[] { mobile, text });
	}

	/** The last six-digit code sent to this mobile. */
	public String lastCodeTo(String mobile) {
		for (int i = sent.size() - 1; i >= 0; i--) {
			if (sent.get(i)[0].equals(mobile)) {
				Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(sent.get(i)[1]);
				if (code.find()) {
					return code.group(1);
				}
			}
		}
		throw new AssertionError("no code was sent to " + mobile);
	}

	public List<String> textsTo(String mobile) {
		return sent.stream().filter(m -> m[0].equals(mobile)).map(m -> m[1]).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		RecordingSmsGateway recordingSmsGateway() {
			return new RecordingSmsGateway();
		}
	}
}
