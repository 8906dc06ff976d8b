package io.jifen.ui.campaigns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignSort;
import io.jifen.campaigns.application.CampaignService;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.RolesAllowed;

/**
 * Bonus-points campaigns: the list, paged from the database as the grid scrolls, a form for a new
 * draft, and for the chosen campaign its detail with the steps its state allows and its results.
 */
@Route(value = "campaigns", layout = MainLayout.class)
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {
    private final CampaignService campaigns = Services.get(CampaignService.class);
    private final ExportableGrid<Campaign> grid = new ExportableGrid<>();

    public CampaignsView() {
        setId("campaigns-view");
        setSizeFull();
        configureGrid();
        var create = new Button(getTranslation("marketing.campaign.new"), VaadinIcon.PLUS.create(),
                click -> new CampaignForm(created -> {
                    grid.getDataProvider().refreshAll();
                    open(created);
                }).open());
        create.setId("campaign-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("menu.campaigns")), new Paragraph(getTranslation("marketing.campaign.intro")),
                toolbar(create), grid);
    }

    private HorizontalLayout toolbar(Button create) {
        var toolbar = new HorizontalLayout(create, GridExport.buttons(grid, "campaigns"));
        toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("campaign-grid");
        grid.addColumn(Campaign::name).setHeader(getTranslation("marketing.campaign.name")).setAutoWidth(true)
                .setFlexGrow(1).setSortProperty(CampaignSort.NAME.name());
        grid.addColumn(c -> CampaignDetailDialog.bonus(this, c)).setHeader(getTranslation("marketing.campaign.kind"))
                .setAutoWidth(true);
        grid.addColumn(c -> Marketing.time(c.startsAt()) + " – " + Marketing.time(c.endsAt()))
                .setHeader(getTranslation("marketing.campaign.window")).setAutoWidth(true)
                .setSortProperty(CampaignSort.STARTS.name());
        grid.addColumn(c -> Marketing.points(c.budget())).setHeader(getTranslation("marketing.campaign.budget"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty(CampaignSort.BUDGET.name());
        grid.addColumn(c -> Marketing.points(c.pointsIssued()))
                .setHeader(getTranslation("marketing.campaign.pointsIssued")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setSortProperty(CampaignSort.ISSUED.name());
        grid.addColumn(c -> getTranslation("marketing.status." + campaigns.statusOf(c).name()))
                .setHeader(getTranslation("marketing.campaign.status")).setAutoWidth(true);
        grid.addColumn(Campaign::createdBy).setHeader(getTranslation("marketing.campaign.createdBy")).setAutoWidth(true);
        grid.setItems(query -> campaigns.slice(GridSorting.of(query.getSortOrders(), CampaignSort.class),
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, campaigns.count()));
        grid.addItemClickListener(click -> open(campaigns.find(click.getItem().id())));
        grid.setHeight("480px");
    }

    private void open(Campaign campaign) {
        new CampaignDetailDialog(campaign, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.campaigns");
    }
}
