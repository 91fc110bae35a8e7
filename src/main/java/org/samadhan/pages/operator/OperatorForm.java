package org.samadhan.pages.operator;

import org.samadhan.pages.citizen.FilingForm;

/** The complaint form as an operator fills it for a caller or a visitor: the citizen's, and how it came. */
public class OperatorForm extends FilingForm {

	private String channel;

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}
}
