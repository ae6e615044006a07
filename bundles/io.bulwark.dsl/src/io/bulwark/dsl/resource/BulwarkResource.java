package io.bulwark.dsl.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/** The resource of a .bulwark file: a UTF-8 byte-order mark (Windows editors write one) is not part of the text. */
public class BulwarkResource extends LazyLinkingResource {

    @Override
    protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        BufferedInputStream in = new BufferedInputStream(inputStream);
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
        super.doLoad(in, options);
    }
}
