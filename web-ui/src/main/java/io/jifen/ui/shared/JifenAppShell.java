package io.jifen.ui.shared;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** The page every view lives in: the bank's icon in the browser tab. */
public class JifenAppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.svg", "any");
    }
}
