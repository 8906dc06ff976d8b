package io.jifen.ui.shared;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in: the Lumo theme (an app shell of our own must name it; without
 * one Vaadin applied it by default) and the bank's icon in the browser tab.
 */
@StyleSheet(Lumo.STYLESHEET)
public class JifenAppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.svg", "any");
    }
}
