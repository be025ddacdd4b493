package fr.nouage.platform.web;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON text holding a NUL character ({@code \u0000}) is refused as unreadable, so the API answers
 * a JSON bad request instead of failing where PostgreSQL cannot store it. Spring Boot registers
 * the module in the application's JSON mapper.
 */
@Component
class NulFreeJson extends SimpleModule {

    NulFreeJson() {
        super("nouage-nul-free-text");
        addDeserializer(String.class, new Text());
    }

    /** The standard reading of a string, refusing one with a NUL character. */
    static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                return context.reportInputMismatch(this, "NUL character in text");
            }
            return text;
        }
    }
}
