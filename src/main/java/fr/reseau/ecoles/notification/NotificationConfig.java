package fr.reseau.ecoles.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** {@code app.mail.*} settings of the outbox and its worker. */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfig {}
