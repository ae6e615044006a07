package io.bulwark.ui.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.bulwark.dsl.edits.ScenarioEdits.NewSite;
import io.bulwark.dsl.edits.ScenarioEdits.RadarRole;

/** The view's questions as dialogs: a small form of labelled fields (a text or a choice) per question. */
final class Dialogs implements Questions {

    private final Shell shell;

    Dialogs(Shell shell) {
        this.shell = shell;
    }

    @Override
    public NewSiteAnswer newSite(NewSite kind, List<String> types, List<String> forces) {
        String what = kind.keyword();
        Form form = new Form(shell, "Add " + what, "A new " + what + " at the clicked point, declared after the scenario's last " + what + ".");
        form.text("Name (empty: a fresh one)", "");
        if (kind != NewSite.ASSET) {
            form.choice(kind == NewSite.RADAR ? "Radar type" : "Interceptor type", types);
            form.choice("Owner", forces);
        }
        if (kind == NewSite.BATTERY) {
            form.text("Interceptors", "8");
        }
        List<String> values = form.ask();
        if (values == null) {
            return null;
        }
        String name = values.get(0).isBlank() ? null : values.get(0).strip();
        if (kind == NewSite.ASSET) {
            return new NewSiteAnswer(name, null, null, 0);
        }
        int interceptors = kind == NewSite.BATTERY ? parseCount(values.get(3)) : 0;
        return new NewSiteAnswer(name, values.get(1), values.get(2), interceptors);
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public AgreementAnswer agreement(String from, String to) {
        Form form = new Form(shell, "Add agreement", "A data-sharing agreement between " + from + " and " + to + ".");
        form.choice("Direction", List.of(from + " -> " + to + " (one-way)", from + " <-> " + to + " (mutual)"));
        form.text("Latency (s, empty: none)", "");
        List<String> values = form.ask();
        if (values == null) {
            return null;
        }
        BigDecimal latency = null;
        if (!values.get(1).isBlank()) {
            try {
                latency = new BigDecimal(values.get(1).strip());
            } catch (NumberFormatException e) {
                MessageDialog.openError(shell, "Add agreement", "'" + values.get(1) + "' is not a number of seconds");
                return null;
            }
        }
        return new AgreementAnswer(values.get(0).contains("<->"), latency);
    }

    @Override
    public RadarRole role(String radar, String battery) {
        MessageDialog dialog = new MessageDialog(shell, "Connect radar", null, "How does " + radar + " serve " + battery + "?",
                MessageDialog.QUESTION, 0, "Fire control", "Cueing", IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> RadarRole.FIRE_CONTROL;
            case 1 -> RadarRole.CUEING;
            default -> null;
        };
    }

    @Override
    public FootprintAnswer footprint(List<String> assets, List<String> missiles) {
        Form form = new Form(shell, "Defended Footprint", "The launch points from which the missile type is negated at the asset.");
        form.choice("Asset", assets);
        form.choice("Missile type", missiles);
        List<String> values = form.ask();
        return values == null ? null : new FootprintAnswer(values.get(0), values.get(1));
    }

    @Override
    public void refused(String what, String why) {
        MessageDialog.openInformation(shell, what, why);
    }

    /** A dialog of labelled fields; {@link #ask} returns their values in order, or null when cancelled. */
    private static final class Form extends Dialog {

        private final String title;
        private final String message;
        private final List<String[]> fields = new ArrayList<>();
        private final List<List<String>> choices = new ArrayList<>();
        private final List<Control> controls = new ArrayList<>();
        private List<String> values;

        Form(Shell shell, String title, String message) {
            super(shell);
            this.title = title;
            this.message = message;
        }

        void text(String label, String initial) {
            fields.add(new String[] {label, initial});
            choices.add(null);
        }

        void choice(String label, List<String> options) {
            fields.add(new String[] {label, null});
            choices.add(options);
        }

        List<String> ask() {
            return open() == OK ? values : null;
        }

        @Override
        protected void configureShell(Shell newShell) {
            super.configureShell(newShell);
            newShell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Label intro = new Label(area, SWT.WRAP);
            intro.setText(message);
            intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            for (int i = 0; i < fields.size(); i++) {
                new Label(area, SWT.NONE).setText(fields.get(i)[0]);
                if (choices.get(i) == null) {
                    Text text = new Text(area, SWT.BORDER);
                    text.setText(fields.get(i)[1]);
                    text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                    controls.add(text);
                } else {
                    Combo combo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
                    combo.setItems(choices.get(i).toArray(String[]::new));
                    combo.select(0);
                    combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                    controls.add(combo);
                }
            }
            return area;
        }

        @Override
        protected void okPressed() {
            values = controls.stream().map(c -> c instanceof Text t ? t.getText() : ((Combo) c).getText()).toList();
            super.okPressed();
        }
    }
}
