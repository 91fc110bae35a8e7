package org.samadhan.intake;

import java.io.InputStream;
import java.util.function.Supplier;

/** A document that comes with a complaint: its name as sent, its size and a way to read it. */
public record IncomingFile(String name, long size, Supplier<InputStream> content) {
}
