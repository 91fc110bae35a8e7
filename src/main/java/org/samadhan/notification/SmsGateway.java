package org.samadhan.notification;

/** Sends one text message to one Indian mobile number. */
public interface SmsGateway {

	void send(String mobile, String text);
}
