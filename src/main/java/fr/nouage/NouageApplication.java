package fr.nouage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Nouage: the platform of a territory's collective of directors (communes and their EPCI).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class NouageApplication {

    public static void main(String[] args) {
        SpringApplication.run(NouageApplication.class, args);
    }
}
