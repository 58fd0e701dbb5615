package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathEvaluationResult;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathNodes;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;

import static dev.pipewright.core.expression.Library.define;

/**
 * {@code xml} and {@code xpath}. An XML value is carried as its text (what ADF shows when it writes one out):
 * {@code xml} checks a string is well-formed XML, or turns a JSON object with one root property into elements;
 * {@code xpath} returns the matching nodes as an array of their XML, or the number, string or boolean an XPath
 * function yields. Parsing allows no DTDs or external entities.
 */
final class XmlFunctions {
    private XmlFunctions() {
    }

    static void register() {
        define("xml", 1, 1, c -> Values.text(c.arg(0).isObject() ? fromJson(c.arg(0)) : write(parse(c.text(0)))));
        define("xpath", 2, 2, c -> xpath(parse(c.text(0)), c.text(1)));
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new EvaluationException("xml: the value is not well-formed XML (" + e.getMessage() + ")");
        }
    }

    private static JsonNode xpath(Document doc, String expression) {
        XPathEvaluationResult<?> r;
        try {
            r = XPathFactory.newInstance().newXPath().evaluateExpression(expression, doc);
        } catch (XPathExpressionException e) {
            throw new EvaluationException("xpath: '" + expression + "' is not a valid XPath expression");
        }
        Object v = r.value();
        return switch (r.type()) {
            case NUMBER -> Values.number(((Number) v).doubleValue());
            case BOOLEAN -> Values.NODES.booleanNode((Boolean) v);
            case STRING -> Values.text((String) v);
            case NODE -> Values.NODES.arrayNode().add(write((Node) v));
            default -> {
                ArrayNode out = Values.NODES.arrayNode();
                if (v instanceof XPathNodes nodes) nodes.forEach(n -> out.add(write(n)));
                yield out;
            }
        };
    }

    private static String write(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.ATTRIBUTE_NODE) return node.getNodeValue();
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            throw new EvaluationException("xml: cannot write the XML (" + e.getMessage() + ")");
        }
    }

    /** {@code {"person": {"name": "Sophia Owen"}}} → {@code <person><name>Sophia Owen</name></person>}. */
    private static String fromJson(JsonNode object) {
        if (object.size() != 1) throw new EvaluationException("xml: a JSON object needs exactly one root property to become XML, it has " + object.size());
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Map.Entry<String, JsonNode> root = object.fields().next();
            append(doc, doc, root.getKey(), root.getValue());
            return write(doc.getDocumentElement());
        } catch (javax.xml.parsers.ParserConfigurationException | org.w3c.dom.DOMException e) {
            throw new EvaluationException("xml: cannot turn the object into XML (" + e.getMessage() + ")");
        }
    }

    private static void append(Document doc, Node parent, String name, JsonNode value) {
        if (value.isArray()) {
            for (JsonNode e : value) append(doc, parent, name, e);
            return;
        }
        Element el = doc.createElement(name);
        parent.appendChild(el);
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().startsWith("@")) {
                    el.setAttribute(f.getKey().substring(1), Values.asString(f.getValue()));
                } else if (f.getKey().equals("#text")) {
                    el.appendChild(doc.createTextNode(Values.asString(f.getValue())));
                } else {
                    append(doc, el, f.getKey(), f.getValue());
                }
            }
        } else if (!value.isNull()) {
            el.appendChild(doc.createTextNode(Values.asString(value)));
        }
    }
}
