package fr.reseau.ecoles.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** {@code app.mail.*} settings of the outbox; the worker's and the digest's schedules. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfig {}
