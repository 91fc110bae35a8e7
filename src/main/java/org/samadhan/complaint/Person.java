package org.samadhan.complaint;

/** A complainant or victim as the complaint names them. */
public record Person(String name, String mobile, String address, String email) {
}
