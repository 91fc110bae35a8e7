package org.samadhan.jurisdiction;

import java.util.List;

/**
 * What applying an uploaded file would do, row by row, worked out before anything is written: each
 * row's outcome, and every fault with its row and column. A plan with a fault is applied not at
 * all; one without is applied whole, in one transaction.
 */
public record UploadPlan(List<Line> lines) {

	public UploadPlan {
		lines = List.copyOf(lines);
	}

	public enum Outcome {
		/** A unit or officer to be added. */
		CREATE,
		/** Names, rank, mobile or position to be changed. */
		UPDATE,
		/** A posting or roles to be changed (with or without new details). */
		TRANSFER,
		/** Already as the row says: nothing to do. */
		UNCHANGED,
		/** Refused: see its faults. */
		ERROR
	}

	/** One row: its sheet and number, what it names (a code or username), what it would do and why not. */
	public record Line(String sheet, int row, String key, Outcome outcome, String detail, List<Fault> faults) {

		public Line {
			faults = List.copyOf(faults);
		}
	}

	/** A fault of a row, in a column (null: the row as a whole), as a message key with its arguments. */
	public record Fault(String column, String messageKey, List<Object> arguments) {

		public Fault {
			arguments = List.copyOf(arguments);
		}
	}

	public boolean valid() {
		return lines.stream().noneMatch(l -> l.outcome() == Outcome.ERROR);
	}

	public long count(Outcome outcome) {
		return lines.stream().filter(l -> l.outcome() == outcome).count();
	}

	/** How many rows would change something. */
	public int changes() {
		return (int) lines.stream()
			.filter(l -> l.outcome() != Outcome.UNCHANGED && l.outcome() != Outcome.ERROR)
			.count();
	}
}
