package nl.veiligheidsagenda.app.ui.imports;

import com.vaadin.flow.component.upload.UploadI18N;

import java.util.function.Function;

/** The upload component's own texts in the reader's language (Vaadin ships them in English only). */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Function<String, String> translation) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(translation.apply("imports.upload.drop-one"))
                .setMany(translation.apply("imports.upload.drop-many")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(translation.apply("imports.upload.add-one"))
                .setMany(translation.apply("imports.upload.add-many")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(translation.apply("imports.upload.too-many"))
                .setFileIsTooBig(translation.apply("imports.upload.too-big"))
                .setIncorrectFileType(translation.apply("imports.upload.wrong-type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(translation.apply("imports.upload.connecting"))
                        .setStalled(translation.apply("imports.upload.stalled"))
                        .setProcessing(translation.apply("imports.upload.processing"))
                        .setHeld(translation.apply("imports.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(translation.apply("imports.upload.remaining"))
                        .setUnknown(translation.apply("imports.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(translation.apply("imports.upload.server"))
                        .setUnexpectedServerError(translation.apply("imports.upload.server"))
                        .setForbidden(translation.apply("imports.upload.forbidden"))));
        texts.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return texts;
    }
}
