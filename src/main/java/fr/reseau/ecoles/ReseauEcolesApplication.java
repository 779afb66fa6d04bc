package fr.reseau.ecoles;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Process application for French school networks: La tournée des CDI and, later, workshop days. */
@SpringBootApplication
public class ReseauEcolesApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReseauEcolesApplication.class, args);
  }
}
