package org.samadhan.scrutiny;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScrutinySettings.class)
class ScrutinyConfiguration {
}
