package org.samadhan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SamadhanApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamadhanApplication.class, args);
	}
}
