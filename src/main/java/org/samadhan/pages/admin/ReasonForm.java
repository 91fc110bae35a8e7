package org.samadhan.pages.admin;

import java.util.Map;

import org.samadhan.jurisdiction.AdminRequests.Relief;
import org.samadhan.jurisdiction.AdminRequests.UnitClosure;

/**
 * Why a unit is closed or an officer suspended or deactivated, with the order's number and the
 * version read, kept as typed. It becomes administration's {@link UnitClosure} or {@link Relief}.
 */
public class ReasonForm {

	static final Map<String, String> FIELDS = Map.of("reason", "reason", "orderRef", "orderRef");

	private String reason;

	private String orderRef;

	private String version;

	static ReasonForm at(int version) {
		ReasonForm form = new ReasonForm();
		form.version = String.valueOf(version);
		return form;
	}

	UnitClosure toClosure() {
		return new UnitClosure(Typed.text(reason), Typed.whole(version));
	}

	Relief toRelief() {
		return new Relief(Typed.text(reason), Typed.text(orderRef), Typed.whole(version));
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getOrderRef() {
		return orderRef;
	}

	public void setOrderRef(String orderRef) {
		this.orderRef = orderRef;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}
}
