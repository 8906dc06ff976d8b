package io.jifen.api.orders;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

/**
 * A pickup code drawn as a QR image for the branch's scanner ({@code JIFEN-PICKUP:<order>:<code>}).
 * It is drawn only in the answer that issues the code, as a {@code data:} URI beside it: the server
 * keeps no copy of the code to draw it from later.
 */
final class PickupQr {
    private PickupQr() {
    }

    static String dataUri(String orderId, String code) {
        try {
            var matrix = new QRCodeWriter().encode("JIFEN-PICKUP:" + orderId + ":" + code, BarcodeFormat.QR_CODE, 320, 320);
            var png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("could not draw the pickup QR code", e);
        }
    }
}
