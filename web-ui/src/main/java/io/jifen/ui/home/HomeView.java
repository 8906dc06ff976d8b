package io.jifen.ui.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The admin UI's landing page; the back-office views arrive with the admin UI issue. */
@Route("")
@PageTitle("Jifen 积分")
public class HomeView extends VerticalLayout {
    public HomeView() {
        add(new H1("Jifen 积分"));
        add(new Paragraph("Loyalty points and gift mall back office. The API is at /api/v1, its reference at /openapi/ui."));
    }
}
