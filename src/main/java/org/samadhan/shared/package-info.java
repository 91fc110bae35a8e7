/**
 * Value types every module may use: reference numbers with their Verhoeff check digit, the
 * errors a person can read (each names a message key, never a sentence), and the clock.
 * Nothing here knows about complaints or officers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.samadhan.shared;
