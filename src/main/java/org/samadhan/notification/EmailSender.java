package org.samadhan.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail over SMTP when one is configured ({@code spring.mail.host}: Spring Boot then makes
 * a {@link JavaMailSender}); otherwise, as for SMS in the demo, the message is only written to
 * the log and the outbox marks it RECORDED. An address the server rejects is refused for good;
 * anything else (the server down, a timeout) is tried again later.
 */
@Component
class EmailSender {

	private static final Logger log = LoggerFactory.getLogger("samadhan.email");

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	EmailSender(ObjectProvider<JavaMailSender> mail, @Value("${samadhan.notification.mail.from}") String from) {
		this.mail = mail;
		this.from = from;
	}

	boolean delivers() {
		return mail.getIfAvailable() != null;
	}

	void send(String to, String subject, String body) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.info("E-mail to {}: {}\n{}", to, subject, body);
			return;
		}
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
		}
		catch (MessagingException malformed) {
			throw new DeliveryRefused("malformed message: " + malformed.getMessage());
		}
		try {
			sender.send(message);
		}
		catch (MailParseException | MailPreparationException malformed) {
			throw new DeliveryRefused("malformed message: " + malformed.getMessage());
		}
		catch (MailSendException failed) {
			for (Exception cause : failed.getMessageExceptions()) {
				if (cause instanceof SendFailedException rejected && rejected.getInvalidAddresses() != null
						&& rejected.getInvalidAddresses().length > 0) {
					throw new DeliveryRefused("address rejected: " + rejected.getMessage());
				}
			}
			throw failed;
		}
	}
}
