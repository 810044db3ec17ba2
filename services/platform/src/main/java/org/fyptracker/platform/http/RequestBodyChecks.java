package org.fyptracker.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Before a JSON body is parsed: it is at most {@link #MAX_BYTES} (the gateway refuses larger bodies by their
 * Content-Length; this catches chunked ones, which would otherwise be read whole) and it is well-formed
 * UTF-8 (RFC 8259): no overlong forms, no encoded surrogates, no UTF-16. Jackson alone would decode those
 * leniently and store what they decode to (found by the bad-input corpus, docs/reliability.md).
 */
@ControllerAdvice
public class RequestBodyChecks extends RequestBodyAdviceAdapter {

    static final int MAX_BYTES = 1024 * 1024;

    /** A body over {@link #MAX_BYTES}: answered 413. */
    public static class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("the request body is larger than " + MAX_BYTES + " bytes");
        }
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body;
        try (InputStream in = input.getBody()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new BodyTooLarge();
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            throw new HttpMessageNotReadableException("the body is not UTF-8",
                    new JsonParseException(null, "the body is not well-formed UTF-8 (RFC 8259)"), input);
        }
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
